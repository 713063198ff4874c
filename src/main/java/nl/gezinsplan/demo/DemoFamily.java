package nl.gezinsplan.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.family.FamilyRole;

/**
 * One generated household with everything that hangs off it, before it has database ids: members are referred to
 * by their index in {@link #members()}, products by code and providers by name.
 */
record DemoFamily(String name, String street, String houseNumber, String postalCode, String district,
                  Instant createdAt, List<Member> members, List<Contact> contacts, List<Provision> provisions,
                  List<PlanVersion> plans) {

    static final String CITY = "Lelystad";

    enum Status { PROPOSED, GRANTED, ENDED }

    enum Frequency { PER_WEEK, PER_MONTH, ONCE }

    enum InvolvedKind { PROFESSIONAL, NETWORK }

    enum GoalStatus { OPEN, IN_PROGRESS, ACHIEVED, STOPPED }

    /** {@code bsn} is null for someone not (yet) registered, and for everyone beyond the fictitious numbers. */
    record Member(String bsn, String firstName, String lastName, LocalDate birthDate, FamilyRole role) {

        Member withBsn(String number) {
            return new Member(number, firstName, lastName, birthDate, role);
        }
    }

    /** A contact person; the current one has no end. */
    record Contact(String username, Instant startedAt, Instant endedAt) {
    }

    record Provision(int member, DemoProduct product, BigDecimal volume, Frequency frequency,
                     LocalDate allocationStart, LocalDate allocationEnd, LocalDate careStart, LocalDate careEnd,
                     Status status, Instant createdAt, String createdBy) {

        /**
         * Why ended care ended, as its evaluation recorded it: mostly no follow-up care needed, some scaled down, a few
         * scaled up. Derived from the provision, not drawn, so that the rest of the demo data stays as it was.
         */
        OutflowReason outflowReason() {
            if (status != Status.ENDED) {
                return null;
            }
            int share = Math.floorMod(allocationStart.toEpochDay() * 31 + member, 10);
            return share < 6 ? OutflowReason.NO_FOLLOW_UP
                    : share < 9 ? OutflowReason.SCALED_DOWN : OutflowReason.SCALED_UP;
        }

        /**
         * Whether the family chose a personal budget (pgb) for this care: about one in six provisions of a product the
         * catalogue also has as a personal budget. Derived, as the outflow reason, so the rest stays as it was.
         */
        boolean personalBudget() {
            return product.personalBudgetCode() != null
                    && Math.floorMod(allocationStart.toEpochDay() * 7 + member, 6) == 0;
        }

        /** About one in five provisions of a product with a known alternative come from that provider, off contract. */
        boolean offContract() {
            return product.offContractProvider() != null
                    && Math.floorMod(allocationStart.toEpochDay() * 13 + member, 5) == 0;
        }

        String productCode() {
            return personalBudget() ? product.personalBudgetCode() : product.code();
        }

        String provider() {
            return offContract() ? product.offContractProvider() : product.provider();
        }

        /** Why a provider without a contract was chosen; null when it was not. */
        String offContractReason() {
            return offContract() ? product.offContractReason() : null;
        }

        /** Open work for the product's team: proposed or granted, and not ended before {@code today}. */
        boolean isOpenOn(LocalDate today) {
            return status != Status.ENDED && (allocationEnd == null || !allocationEnd.isBefore(today));
        }
    }

    record PlanVersion(int number, String author, Instant createdAt, List<Goal> goals, List<Agreement> agreements,
                       List<Involved> involved) {
    }

    /** {@code member} is null for a goal of the whole family. */
    record Goal(UUID itemKey, Law law, Integer member, String description, String measurableResult,
                LocalDate targetDate, GoalStatus status) {
    }

    record Agreement(UUID itemKey, String party, String action, LocalDate dueDate) {
    }

    record Involved(UUID itemKey, String name, String organisation, String role, InvolvedKind kind) {
    }

    DemoFamily withMembers(List<Member> numbered) {
        return new DemoFamily(name, street, houseNumber, postalCode, district, createdAt, numbered, contacts,
                provisions, plans);
    }

    /**
     * The teams with open work for the family on {@code today}, each with the last day of that work (null: no end):
     * who may open it, and until when.
     */
    Map<String, LocalDate> teamsOn(LocalDate today) {
        Map<String, LocalDate> openUntil = new TreeMap<>();
        provisions.stream().filter(provision -> provision.isOpenOn(today)).forEach(provision -> {
            String team = provision.product().law().teamCode();
            LocalDate end = provision.allocationEnd();
            boolean later = !openUntil.containsKey(team)
                    || openUntil.get(team) != null && (end == null || end.isAfter(openUntil.get(team)));
            if (later) {
                openUntil.put(team, end);
            }
        });
        return openUntil;
    }
}
