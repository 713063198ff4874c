package nl.gezinsplan.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fictitious BSNs for demo data: nine digits starting with 9999 that pass the 11-check. No real person has one, and
 * only about 9,090 exist (four free digits, and one check digit in eleven is impossible).
 */
final class DemoBsns {

    static final String PREFIX = "9999";

    private DemoBsns() {
    }

    /** Every fictitious BSN, in an order shuffled by {@code seed} so that neighbours in a family do not look alike. */
    static List<String> shuffled(long seed) {
        List<String> numbers = all();
        Collections.shuffle(numbers, new Random(seed));
        return numbers;
    }

    /** Every fictitious BSN in ascending order. */
    static List<String> all() {
        List<String> numbers = new ArrayList<>();
        for (int free = 0; free < 10_000; free++) {
            String first8 = PREFIX + String.format("%04d", free);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            // 9×d1 + … + 2×d8 − d9 ≡ 0 (mod 11), so d9 ≡ the weighted sum; ten cannot be written as one digit
            int check = sum % 11;
            if (check < 10) {
                numbers.add(first8 + check);
            }
        }
        return numbers;
    }
}
