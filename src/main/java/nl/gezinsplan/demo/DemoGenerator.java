package nl.gezinsplan.demo;

import static nl.gezinsplan.demo.DemoProduct.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.demo.DemoFamily.Contact;
import nl.gezinsplan.demo.DemoFamily.Frequency;
import nl.gezinsplan.demo.DemoFamily.Member;
import nl.gezinsplan.demo.DemoFamily.Provision;
import nl.gezinsplan.demo.DemoFamily.Status;
import nl.gezinsplan.demo.DemoNames.District;
import nl.gezinsplan.family.FamilyRole;

/**
 * Generates demo households without touching a database: the same seed and the same day give the same families.
 * Proportions follow DOMAIN.md section 6: about two thirds of the provisions are youth care, about 6% of youth
 * clients live away from home (foster care among them); the rest is Wmo support and Participatie income and work.
 */
final class DemoGenerator {

    static final long SEED = 20_250_101L;

    /** The consultants of {@code security.DemoUsers}, by the law their team carries. */
    private static final List<String> YOUTH_CONSULTANTS = List.of("anna", "bram");
    private static final String WMO_CONSULTANT = "carla";
    private static final String PARTICIPATION_CONSULTANT = "daan";
    private static final List<String> CONSULTANTS = List.of("anna", "bram", "carla", "daan");

    private static final int YEARS_OF_HISTORY = 3;
    private static final double RESIDENTIAL_SHARE_OF_YOUTH_CLIENTS = 0.06;
    private static final List<Character> POSTAL_LETTERS = DemoNames.POSTAL_LETTERS.chars()
            .mapToObj(letter -> (char) letter).toList();

    private final Dice dice;
    private final LocalDate today;
    private final LocalDate earliest;
    private final ZoneId zone;
    private final DemoPlans plans;
    private final long seed;

    DemoGenerator(long seed, LocalDate today, ZoneId zone) {
        this.seed = seed;
        this.dice = new Dice(seed);
        this.today = today;
        this.earliest = today.minusYears(YEARS_OF_HISTORY);
        this.zone = zone;
        this.plans = new DemoPlans(dice, today, zone);
    }

    List<DemoFamily> families(int count) {
        List<DemoFamily> families = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            families.add(family(index));
        }
        return withBsns(families);
    }

    private DemoFamily family(int index) {
        Household household = new Household(dice.pick(DemoNames.SURNAMES), dice.pick(YOUTH_CONSULTANTS));
        switch (dice.weighted(62, 22, 16)) {
            case 0 -> household.youthFamily();
            case 1 -> household.wmoHousehold();
            default -> household.participationHousehold();
        }
        Instant createdAt = at(household.provisions.stream()
                .map(provision -> date(provision.createdAt()))
                .min(Comparator.naturalOrder()).orElseThrow()
                .minusDays(dice.between(1, 30)), 9);
        List<Contact> contacts = household.contacts(date(createdAt));
        String author = contacts.isEmpty() ? household.consultantFor(household.mainLaw())
                : contacts.get(contacts.size() - 1).username();
        District district = dice.pick(DemoNames.DISTRICTS);
        return new DemoFamily(household.surname, dice.pick(district.streets()), houseNumber(), postalCode(district),
                district.name(), createdAt, household.members, contacts, household.provisions,
                plans.versions(index, household.members, household.provisions, author, date(createdAt)));
    }

    /**
     * Hands out the fictitious BSNs evenly over all persons; when there are more persons than numbers, those in
     * between stay without one, like people not yet registered.
     */
    private List<DemoFamily> withBsns(List<DemoFamily> families) {
        List<String> numbers = DemoBsns.shuffled(seed);
        long persons = families.stream().mapToLong(family -> family.members().size()).sum();
        long person = 0;
        int next = 0;
        List<DemoFamily> numbered = new ArrayList<>(families.size());
        for (DemoFamily family : families) {
            List<Member> members = new ArrayList<>(family.members().size());
            for (Member member : family.members()) {
                boolean gets = persons <= numbers.size()
                        || (person + 1) * numbers.size() / persons > person * numbers.size() / persons;
                members.add(gets ? member.withBsn(numbers.get(next++)) : member);
                person++;
            }
            numbered.add(family.withMembers(members));
        }
        return numbered;
    }

    private String houseNumber() {
        int number = dice.between(1, 240);
        return dice.chance(0.1) ? number + dice.pick(List.of("A", "B", "-1", "-2")) : String.valueOf(number);
    }

    private String postalCode(District district) {
        String letters;
        do {
            letters = "" + dice.pick(POSTAL_LETTERS) + dice.pick(POSTAL_LETTERS);
        } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
        return district.postalDigits() + " " + letters;
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, dice.between(0, 59)).atZone(zone).toInstant();
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** One household while it is being made up: its members and what was allocated to them. */
    private final class Household {

        private final String surname;
        private final String youthConsultant;
        private final List<Member> members = new ArrayList<>();
        private final List<Provision> provisions = new ArrayList<>();

        Household(String surname, String youthConsultant) {
            this.surname = surname;
            this.youthConsultant = youthConsultant;
        }

        void youthFamily() {
            boolean singleParent = dice.chance(0.4);
            boolean motherFirst = singleParent ? dice.chance(0.85) : dice.chance(0.5);
            int parentAge = dice.between(26, 52);
            addAdult(surname, parentAge, motherFirst, FamilyRole.PARENT);
            if (!singleParent) {
                addAdult(dice.chance(0.5) ? surname : dice.pick(DemoNames.SURNAMES),
                        Math.max(20, parentAge + dice.between(-4, 4)), !motherFirst, FamilyRole.PARENT);
            }
            int children = 1 + dice.weighted(55, 35, 8, 2);
            int oldest = Math.min(19, parentAge - 19);
            for (int child = 0; child < children; child++) {
                // the first child is old enough for youth care in the last three years
                int age = child == 0 ? dice.between(3, Math.min(17, oldest)) : dice.between(0, oldest);
                addMember(surname, dice.chance(0.5) ? DemoNames.BOYS : DemoNames.GIRLS, age, FamilyRole.CHILD);
            }
            List<Integer> clients = new ArrayList<>();
            for (int member = 0; member < members.size(); member++) {
                if (members.get(member).role() == FamilyRole.CHILD && youthWindow(members.get(member)) != null) {
                    clients.add(member);
                }
            }
            Collections.shuffle(clients, dice.random());
            int clientCount = Math.min(clients.size(), 1 + dice.weighted(75, 21, 4));
            clients.subList(0, clientCount).forEach(this::youthCare);
            if (dice.chance(0.06)) {
                int parent = 0;
                provisions.add(allocate(parent, singleParent ? INCOME_SUPPORT_SINGLE : INCOME_SUPPORT_COUPLE,
                        anyStart()));
                if (dice.chance(0.3)) {
                    provisions.add(allocate(parent, DEBT_HELP, anyStart()));
                }
            }
            if (dice.chance(0.03)) {
                provisions.add(allocate(0, dice.chance(0.5) ? SUPPORT_AT_HOME : HOUSEHOLD_HELP, anyStart()));
            }
        }

        void wmoHousehold() {
            switch (dice.weighted(45, 25, 30)) {
                case 0 -> addAdult(surname, dice.between(70, 92), dice.chance(0.65), FamilyRole.OTHER_ADULT);
                case 1 -> {
                    boolean wifeFirst = dice.chance(0.5);
                    int age = dice.between(68, 90);
                    addAdult(surname, age, wifeFirst, FamilyRole.OTHER_ADULT);
                    addAdult(dice.chance(0.6) ? surname : dice.pick(DemoNames.SURNAMES),
                            Math.max(65, age + dice.between(-5, 5)), !wifeFirst, FamilyRole.OTHER_ADULT);
                }
                default -> addAdult(surname, dice.between(30, 66), dice.chance(0.5), FamilyRole.OTHER_ADULT);
            }
            List<DemoProduct> support = new ArrayList<>(List.of(HOUSEHOLD_HELP, SUPPORT_AT_HOME, DAY_ACTIVITIES,
                    REGIONAL_TAXI, MOBILITY_SCOOTER, WHEELCHAIR, HOME_ADAPTATION, RESPITE));
            int[] weights = {30, 20, 12, 10, 7, 4, 8, 4};
            int count = 1 + dice.weighted(75, 22, 3);
            for (int i = 0; i < count; i++) {
                int choice = dice.weighted(weights);
                weights[choice] = 0;
                DemoProduct product = support.get(choice);
                int member = dice.between(0, members.size() - 1);
                LocalDate start = anyStart();
                provisions.add(allocate(member, product, start));
                if (product == DAY_ACTIVITIES && dice.chance(0.5)) {
                    provisions.add(allocate(member, DAY_ACTIVITIES_TRANSPORT, start));
                }
            }
        }

        void participationHousehold() {
            boolean couple = false;
            switch (dice.weighted(55, 30, 15)) {
                case 0 -> addAdult(surname, dice.between(21, 64), dice.chance(0.45), FamilyRole.OTHER_ADULT);
                case 1 -> {
                    int age = dice.between(23, 50);
                    addAdult(surname, age, dice.chance(0.85), FamilyRole.PARENT);
                    int children = 1 + dice.weighted(50, 35, 15);
                    for (int child = 0; child < children; child++) {
                        addMember(surname, dice.chance(0.5) ? DemoNames.BOYS : DemoNames.GIRLS,
                                dice.between(0, Math.min(17, age - 19)), FamilyRole.CHILD);
                    }
                }
                default -> {
                    couple = true;
                    int age = dice.between(25, 64);
                    addAdult(surname, age, true, FamilyRole.OTHER_ADULT);
                    addAdult(dice.pick(DemoNames.SURNAMES), Math.max(21, age + dice.between(-5, 5)), false,
                            FamilyRole.OTHER_ADULT);
                }
            }
            LocalDate start = anyStart();
            int roll = dice.weighted(82, 8, 10);
            DemoProduct first = roll == 0 ? (couple ? INCOME_SUPPORT_COUPLE : INCOME_SUPPORT_SINGLE)
                    : roll == 1 ? SHELTERED_WORK : REINTEGRATION;
            provisions.add(allocate(0, first, start));
            int more = dice.weighted(75, 20, 5);
            if (more >= 1 && first != REINTEGRATION) {
                LocalDate later = start.plusDays(dice.between(14, 120));
                provisions.add(allocate(0, REINTEGRATION, later.isAfter(today) ? today : later));
            }
            if (more == 2 || (more == 1 && first == REINTEGRATION)) {
                provisions.add(allocate(0, DEBT_HELP, anyStart()));
            }
        }

        /**
         * One youth's care over the last three years: allocations that follow each other (an extension starts the
         * day after, sometimes two days after, the previous end) or run alongside, all starting before the youth
         * turns 18. Residential care is often followed by ambulant care, the step down the policy wants.
         */
        private void youthCare(int member) {
            LocalDate[] window = youthWindow(members.get(member));
            LocalDate start = dice.dayBetween(window[0], window[1]);
            int age = members.get(member).birthDate().until(start).getYears();
            if (dice.chance(RESIDENTIAL_SHARE_OF_YOUTH_CLIENTS)) {
                Provision stay = allocate(member, residentialProduct(age), start);
                provisions.add(stay);
                Provision previous = stay;
                if (dice.chance(0.3)) {
                    previous = extend(member, previous, window);
                }
                if (previous != null && previous.status() == Status.ENDED && dice.chance(0.5)) {
                    LocalDate stepDown = previous.allocationEnd().plusDays(dice.between(1, 90));
                    if (!stepDown.isAfter(window[1])) {
                        provisions.add(allocate(member, YOUTH_SUPPORT, stepDown));
                    }
                }
                return;
            }
            Provision previous = allocate(member, ambulantProduct(age), start);
            provisions.add(previous);
            int more = dice.weighted(40, 35, 25);
            for (int i = 0; i < more && previous != null; i++) {
                if (dice.chance(0.5)) {
                    previous = extend(member, previous, window);
                } else {
                    LocalDate next = previous.allocationStart().plusDays(dice.between(0, 180));
                    if (next.isAfter(window[1])) {
                        return;
                    }
                    previous = allocate(member, ambulantProduct(members.get(member).birthDate().until(next).getYears()),
                            next);
                    provisions.add(previous);
                }
            }
        }

        /** An extension: the same product again, right after the previous allocation ended; null when none fits. */
        private Provision extend(int member, Provision previous, LocalDate[] window) {
            if (previous.status() != Status.ENDED || previous.product().dosage() == DemoProduct.Dosage.ONCE) {
                return null;
            }
            LocalDate start = previous.allocationEnd().plusDays(dice.chance(0.85) ? 1 : 2);
            if (start.isAfter(window[1])) {
                return null;
            }
            Provision extension = allocate(member, previous.product(), start);
            provisions.add(extension);
            return extension;
        }

        /** From when to when a child's youth care may start: in the last three years, aged 2 to 17. */
        private LocalDate[] youthWindow(Member child) {
            LocalDate from = child.birthDate().plusYears(2).isAfter(earliest) ? child.birthDate().plusYears(2) : earliest;
            LocalDate lastYouthDay = child.birthDate().plusYears(18).minusDays(1);
            LocalDate to = lastYouthDay.isBefore(today) ? lastYouthDay : today;
            return from.isAfter(to) ? null : new LocalDate[] {from, to};
        }

        private DemoProduct residentialProduct(int age) {
            if (age >= 16 && dice.chance(0.35)) {
                return SUPPORTED_LIVING;
            }
            List<DemoProduct> stays = List.of(FOSTER_CARE, FAMILY_HOME, LIVING_GROUP, TREATMENT_GROUP, SECURE_CARE,
                    TAILORED_RESIDENCE);
            return stays.get(dice.weighted(42, 12, 16, 16, 7, 7));
        }

        private DemoProduct ambulantProduct(int age) {
            List<DemoProduct> ambulant = List.of(YOUTH_SUPPORT, YOUTH_TREATMENT, SPECIALIST_MENTAL_HEALTH,
                    BASIC_MENTAL_HEALTH, DYSLEXIA, YOUTH_GROUP, DAY_TREATMENT, YOUTH_SHORT_STAY, YOUTH_TRANSPORT);
            DemoProduct product = ambulant.get(dice.weighted(30, 15, 15, 12, 8, 7, 5, 4, 4));
            return product == DYSLEXIA && (age < 7 || age > 12) ? YOUTH_SUPPORT : product;
        }

        private LocalDate anyStart() {
            return dice.dayBetween(earliest, today);
        }

        /**
         * An allocation of {@code product} from {@code start}: volume and frequency after its unit, a usual length,
         * care dates a few days off the allocation dates or missing, and a status that fits the dates. A recent one
         * may still be a proposal, starting soon.
         */
        private Provision allocate(int member, DemoProduct product, LocalDate start) {
            int months = dice.between(product.minMonths(), product.maxMonths());
            boolean proposed = start.isAfter(today.minusDays(30)) && dice.chance(0.35);
            if (proposed) {
                start = today.plusDays(dice.between(7, 35));
            }
            LocalDate end = mayRunWithoutEnd(product) && dice.chance(0.4) ? null : start.plusMonths(months).minusDays(1);
            String consultant = consultantFor(product.law());
            if (proposed) {
                return new Provision(member, product, volume(product), frequency(product), start, end, null, null,
                        Status.PROPOSED, at(today.minusDays(dice.between(1, 10)), 11), consultant);
            }
            Status status = end != null && end.isBefore(today) ? Status.ENDED : Status.GRANTED;
            LocalDate careStart = null;
            LocalDate careEnd = null;
            if (dice.chance(0.92)) {
                careStart = dice.chance(0.6) ? start : start.plusDays(dice.between(1, 14));
                if (careStart.isAfter(today)) {
                    careStart = null;
                } else if (status == Status.ENDED) {
                    careEnd = dice.chance(0.7) ? end : end.minusDays(dice.between(1, 10));
                    if (careEnd.isBefore(careStart)) {
                        careEnd = careStart;
                    }
                }
            }
            return new Provision(member, product, volume(product), frequency(product), start, end, careStart, careEnd,
                    status, at(start.minusDays(dice.between(1, 21)), 10), consultant);
        }

        private BigDecimal volume(DemoProduct product) {
            return BigDecimal.valueOf(switch (product.dosage()) {
                case HOURS_PER_WEEK -> product == HOUSEHOLD_HELP ? dice.between(2, 4) : dice.between(2, 8);
                case DAY_PARTS_PER_WEEK -> dice.between(1, 5);
                case DAYS_PER_WEEK -> dice.between(2, 5);
                case DAYS_PER_MONTH -> dice.between(2, 6);
                case RESIDENTIAL -> 7;
                case MONTHLY, ONCE -> 1;
            });
        }

        private static Frequency frequency(DemoProduct product) {
            return switch (product.dosage()) {
                case HOURS_PER_WEEK, DAY_PARTS_PER_WEEK, DAYS_PER_WEEK, RESIDENTIAL -> Frequency.PER_WEEK;
                case DAYS_PER_MONTH, MONTHLY -> Frequency.PER_MONTH;
                case ONCE -> Frequency.ONCE;
            };
        }

        /** Income, work, household help and aids run until something changes; care and trajectories have an end. */
        private static boolean mayRunWithoutEnd(DemoProduct product) {
            return product.law() != Law.JEUGDWET && product.dosage() != DemoProduct.Dosage.ONCE
                    && product != RESPITE && product != SUPPORT_AT_HOME;
        }

        /**
         * The contact person follows the law of the open work. A family whose provisions all ended had one until
         * shortly after the last end; a few open families changed contact person once, and a few have none yet.
         */
        List<Contact> contacts(LocalDate familyCreated) {
            String current = consultantFor(mainLaw());
            LocalDate start = familyCreated.plusDays(1);
            if (provisions.stream().noneMatch(provision -> provision.isOpenOn(today))) {
                LocalDate lastEnd = provisions.stream().map(Provision::allocationEnd).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(today);
                LocalDate end = lastEnd.plusDays(14).isBefore(today) ? lastEnd.plusDays(14) : today;
                return List.of(new Contact(current, at(start, 9), at(end, 16)));
            }
            if (dice.chance(0.05)) {
                return List.of();
            }
            LocalDate lastHandover = today.minusDays(30);
            if (dice.chance(0.08) && start.plusDays(30).isBefore(lastHandover)) {
                String earlier = dice.pick(CONSULTANTS.stream().filter(name -> !name.equals(current)).toList());
                Instant handover = at(dice.dayBetween(start.plusDays(30), lastHandover), 12);
                return List.of(new Contact(earlier, at(start, 9), handover), new Contact(current, handover, null));
            }
            return List.of(new Contact(current, at(start, 9), null));
        }

        Law mainLaw() {
            return provisions.stream().filter(provision -> provision.isOpenOn(today)).findFirst()
                    .orElse(provisions.get(0)).product().law();
        }

        String consultantFor(Law law) {
            return switch (law) {
                case JEUGDWET -> youthConsultant;
                case WMO -> WMO_CONSULTANT;
                case PARTICIPATIEWET -> PARTICIPATION_CONSULTANT;
            };
        }

        private void addAdult(String lastName, int age, boolean woman, FamilyRole role) {
            List<String> names = age >= 65 ? (woman ? DemoNames.OLD_WOMEN : DemoNames.OLD_MEN)
                    : (woman ? DemoNames.WOMEN : DemoNames.MEN);
            addMember(lastName, names, age, role);
        }

        private void addMember(String lastName, List<String> firstNames, int age, FamilyRole role) {
            LocalDate birthDate = today.minusYears(age).minusDays(dice.between(0, 364));
            members.add(new Member(null, dice.pick(firstNames), lastName, birthDate, role));
        }
    }
}
