package nl.gezinsplan.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** The seeded random choices of the generators; one instance per run, so a run is repeatable. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A day from {@code first} to {@code last}, both included. */
    LocalDate dayBetween(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, last) + 1));
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** An index into {@code weights}, each chosen in proportion to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    Random random() {
        return random;
    }
}
