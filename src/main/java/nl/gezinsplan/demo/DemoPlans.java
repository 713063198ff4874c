package nl.gezinsplan.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.demo.DemoFamily.Agreement;
import nl.gezinsplan.demo.DemoFamily.Goal;
import nl.gezinsplan.demo.DemoFamily.GoalStatus;
import nl.gezinsplan.demo.DemoFamily.Involved;
import nl.gezinsplan.demo.DemoFamily.InvolvedKind;
import nl.gezinsplan.demo.DemoFamily.Member;
import nl.gezinsplan.demo.DemoFamily.PlanVersion;
import nl.gezinsplan.demo.DemoFamily.Provision;
import nl.gezinsplan.family.FamilyRole;

/**
 * The family plan of a generated household: version 1 written shortly after the family came in, and for some a
 * version 2 months later in which goals moved on. Goals follow the laws and members of the provisions; items keep
 * their key from version to version.
 */
final class DemoPlans {

    /** A goal and its measurable result, for members aged {@code minAge} to {@code maxAge} when the plan is written. */
    private record Text(String first, String second, int minAge, int maxAge) {

        Text(String first, String second) {
            this(first, second, 0, 150);
        }

        boolean fits(int age) {
            return age >= minAge && age <= maxAge;
        }
    }

    /**
     * Goal and measurable result per law; %s is the member's first name. Youth goals fit the child's age: nobody plans
     * school attendance for a toddler, or life after 18 for a child who is years away from it.
     */
    private static final Map<Law, List<Text>> GOALS = Map.of(
            Law.JEUGDWET, List.of(
                    new Text("%s ontwikkelt zich zoals past bij de leeftijd",
                            "Het consultatiebureau ziet geen achterstand meer in taal en bewegen", 0, 5),
                    new Text("%s gaat weer elke dag naar school",
                            "Verzuim minder dan 2 uur per maand volgens de leerplichtambtenaar", 5, 17),
                    new Text("%s kan omgaan met boosheid",
                            "%s gebruikt het signaleringsplan; ouders geven de thuissituatie minimaal een 7", 4, 17),
                    new Text("%s leest op het niveau van de groep", "Toets technisch lezen op groepsniveau", 6, 12),
                    new Text("%s heeft een perspectief na het 18e jaar",
                            "Afspraken over wonen, inkomen en school of werk liggen vast vóór het 18e jaar", 16, 17),
                    new Text("%s voelt zich minder somber",
                            "%s scoort op de vragenlijst in de normale range en gaat weer naar de sportclub", 10, 17)),
            Law.WMO, List.of(
                    new Text("%s woont veilig en zelfstandig thuis",
                            "Het huis is schoon en leefbaar; geen valincidenten in zes maanden"),
                    new Text("%s heeft een zinvolle dag",
                            "%s gaat minimaal twee dagdelen per week naar de dagbesteding"),
                    new Text("%s kan zich zelfstandig verplaatsen",
                            "%s doet wekelijks zelf de boodschappen in de wijk"),
                    new Text("De mantelzorger van %s houdt het vol",
                            "De mantelzorger geeft de belasting minder dan een 6 op 10")),
            Law.PARTICIPATIEWET, List.of(
                    new Text("%s heeft een stabiel inkomen",
                            "De uitkering loopt zonder onderbreking; vaste lasten worden op tijd betaald"),
                    new Text("%s vindt betaald werk", "Een contract van minimaal 12 uur per week binnen 12 maanden"),
                    new Text("De schulden van %s zijn in beeld en stabiel",
                            "Schuldhulptraject gestart; geen nieuwe betalingsachterstanden"),
                    new Text("%s werkt aan werknemersvaardigheden",
                            "Werkfit-traject afgerond met een positief advies")));

    private static final Text FAMILY_GOAL = new Text("Rust en regelmaat in huis",
            "Een weekschema hangt op en wordt vijf van de zeven dagen gevolgd");

    /** What a member, the provider or someone of the network agrees to do. */
    private static final Map<Law, List<String>> MEMBER_ACTIONS = Map.of(
            Law.JEUGDWET, List.of("Bespreekt elke week met de mentor hoe het op school gaat",
                    "Houdt het signaleringsplan bij en bespreekt het met de begeleider"),
            Law.WMO, List.of("Geeft het aan als de hulp niet meer past", "Gaat elke week een keer naar het buurthuis"),
            Law.PARTICIPATIEWET, List.of("Solliciteert twee keer per maand en houdt dit bij",
                    "Levert elke maand de bankafschriften aan"));
    private static final List<String> PROVIDER_ACTIONS = List.of(
            "Start de hulp binnen twee weken en koppelt na zes weken terug aan de contactpersoon",
            "Stelt samen met het gezin een werkplan op", "Levert voor de evaluatie een kort verslag aan");
    private static final List<String> NETWORK_ACTIONS = List.of("Past op woensdagmiddag op de kinderen",
            "Doet op zaterdag de boodschappen", "Gaat mee naar de afspraken bij de hulpverlening");

    private static final Map<Law, List<String>> PROFESSIONAL_ROLES = Map.of(
            Law.JEUGDWET, List.of("Gezinsbegeleider", "Jeugdhulpverlener", "Behandelaar"),
            Law.WMO, List.of("Wijkverpleegkundige", "Begeleider", "Ergotherapeut"),
            Law.PARTICIPATIEWET, List.of("Werkcoach", "Klantmanager inkomen", "Schuldhulpverlener"));

    private final Dice dice;
    private final LocalDate today;
    private final ZoneId zone;

    DemoPlans(Dice dice, LocalDate today, ZoneId zone) {
        this.dice = dice;
        this.today = today;
        this.zone = zone;
    }

    List<PlanVersion> versions(int family, List<Member> members, List<Provision> provisions, String author,
                               LocalDate familyCreated) {
        LocalDate written = min(familyCreated.plusDays(dice.between(3, 14)), today);
        Keys keys = new Keys(family);
        List<Draft> goals = goals(members, provisions, written, keys);
        List<Involved> involved = involved(provisions, keys);
        List<Agreement> agreements = agreements(members, provisions, involved, author, written, keys);
        boolean revised = dice.chance(0.25) && written.isBefore(today.minusDays(90));
        if (!revised) {
            return List.of(version(1, author, written, goals, true, agreements, involved));
        }
        LocalDate rewritten = written.plusDays(dice.between(60, (int) Math.min(270, ChronoUnit.DAYS.between(written, today))));
        List<Agreement> later = new ArrayList<>(agreements);
        later.add(new Agreement(keys.next("agreement"), partyName(author), "Plant de evaluatie met het gezin",
                rewritten.plusMonths(dice.between(2, 4))));
        return List.of(version(1, author, written, goals, false, agreements, involved),
                version(2, author, rewritten, goals, true, later, involved));
    }

    /** A goal before its status is known: that depends on whether the version is the current one. */
    private record Draft(UUID key, Law law, Integer member, Text text, LocalDate target) {
    }

    private PlanVersion version(int number, String author, LocalDate written, List<Draft> goals, boolean current,
                                List<Agreement> agreements, List<Involved> involved) {
        List<Goal> stated = goals.stream().map(goal -> new Goal(goal.key(), goal.law(), goal.member(),
                goal.text().first(), goal.text().second(), goal.target(), status(goal.target(), current))).toList();
        return new PlanVersion(number, author, written.atTime(dice.between(9, 16), dice.between(0, 59))
                .atZone(zone).toInstant(), stated, agreements, involved);
    }

    /** An earlier version shows how goals stood then; the current one how they stand now. */
    private GoalStatus status(LocalDate target, boolean current) {
        if (!current) {
            return dice.chance(0.6) ? GoalStatus.OPEN : GoalStatus.IN_PROGRESS;
        }
        if (target.isBefore(today)) {
            return switch (dice.weighted(60, 15, 25)) {
                case 0 -> GoalStatus.ACHIEVED;
                case 1 -> GoalStatus.STOPPED;
                default -> GoalStatus.IN_PROGRESS;
            };
        }
        return dice.chance(0.7) ? GoalStatus.IN_PROGRESS : GoalStatus.OPEN;
    }

    private List<Draft> goals(List<Member> members, List<Provision> provisions, LocalDate written, Keys keys) {
        Map<String, Provision> perLawAndMember = new LinkedHashMap<>();
        provisions.forEach(provision -> perLawAndMember.putIfAbsent(
                provision.product().law() + "/" + provision.member(), provision));
        List<Draft> goals = new ArrayList<>();
        for (Provision provision : perLawAndMember.values()) {
            if (goals.size() == 3) {
                break;
            }
            Law law = provision.product().law();
            Member member = members.get(provision.member());
            String name = member.firstName();
            int age = Math.min(member.birthDate().until(written).getYears(), 17);
            Text text = dice.pick(GOALS.get(law).stream().filter(goal -> goal.fits(age)).toList());
            goals.add(new Draft(keys.next("goal"), law, provision.member(),
                    new Text(text.first().formatted(name), text.second().replace("%s", name)), target(written)));
        }
        boolean youth = provisions.stream().anyMatch(provision -> provision.product().law() == Law.JEUGDWET);
        if (youth && dice.chance(0.3)) {
            goals.add(new Draft(keys.next("goal"), Law.JEUGDWET, null, FAMILY_GOAL, target(written)));
        }
        return goals;
    }

    private LocalDate target(LocalDate written) {
        return written.plusMonths(dice.between(6, 12));
    }

    private List<Agreement> agreements(List<Member> members, List<Provision> provisions, List<Involved> involved,
                                       String author, LocalDate written, Keys keys) {
        Provision first = provisions.get(0);
        Member member = members.get(first.member());
        Member responsible = member.role() == FamilyRole.CHILD ? members.get(0) : member;
        List<Agreement> agreements = new ArrayList<>();
        agreements.add(new Agreement(keys.next("agreement"), responsible.firstName() + " " + responsible.lastName(),
                dice.pick(MEMBER_ACTIONS.get(first.product().law())), due(written)));
        agreements.add(new Agreement(keys.next("agreement"), first.product().provider(), dice.pick(PROVIDER_ACTIONS),
                due(written)));
        involved.stream().filter(person -> person.kind() == InvolvedKind.NETWORK).findFirst()
                .filter(network -> dice.chance(0.6))
                .ifPresent(network -> agreements.add(new Agreement(keys.next("agreement"), network.name(),
                        dice.pick(NETWORK_ACTIONS), null)));
        if (dice.chance(0.4)) {
            agreements.add(new Agreement(keys.next("agreement"), partyName(author),
                    "Belt het gezin elke maand om te horen hoe het gaat", null));
        }
        return agreements;
    }

    private LocalDate due(LocalDate written) {
        return written.plusWeeks(dice.between(2, 12));
    }

    private static String partyName(String consultant) {
        return Character.toUpperCase(consultant.charAt(0)) + consultant.substring(1) + " (consulent)";
    }

    /** A professional of each provider (at most three), and up to two people of the family's own network. */
    private List<Involved> involved(List<Provision> provisions, Keys keys) {
        Set<String> providers = new LinkedHashSet<>();
        List<Involved> involved = new ArrayList<>();
        for (Provision provision : provisions) {
            if (providers.size() < 3 && providers.add(provision.product().provider())) {
                involved.add(new Involved(keys.next("involved"), personName(dice.chance(0.6)), provision.product().provider(),
                        dice.pick(PROFESSIONAL_ROLES.get(provision.product().law())), InvolvedKind.PROFESSIONAL));
            }
        }
        int network = dice.weighted(40, 45, 15);
        for (int i = 0; i < network; i++) {
            DemoNames.NetworkRole role = dice.pick(DemoNames.NETWORK_ROLES);
            involved.add(new Involved(keys.next("involved"), personName(role.woman()), null, role.name(),
                    InvolvedKind.NETWORK));
        }
        return involved;
    }

    private String personName(boolean woman) {
        return dice.pick(woman ? DemoNames.WOMEN : DemoNames.MEN) + " " + dice.pick(DemoNames.SURNAMES);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Item keys derived from the family's place in the run, so every run gives the same keys. */
    private static final class Keys {

        private final int family;
        private int counter;

        Keys(int family) {
            this.family = family;
        }

        UUID next(String kind) {
            return UUID.nameUUIDFromBytes(("demo/" + family + "/" + kind + "/" + counter++)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
