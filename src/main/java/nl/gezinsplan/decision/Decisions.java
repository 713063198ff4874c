package nl.gezinsplan.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyFacts.FamilyAddress;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.MemberFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a closed request decided, for its letter. This deliberately skips FamilyAccess: the letter is made while
 * the route closes the request, by whoever completed the last task (a panel member, a colleague of another team) or
 * by nobody, and the decision must not fail because that user may no longer read the family once it is closed. Who
 * reads the letter afterwards goes through the access check in {@link DecisionLetters}.
 */
@Component
class Decisions {

    private final CaseFacts cases;
    private final FamilyFacts families;
    private final JdbcClient jdbc;
    private final Clock clock;

    Decisions(CaseFacts cases, FamilyFacts families, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.families = families;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the closed request decided, with the motivation the consultant wrote, if any. */
    Decision of(long requestId, DecisionKind kind) {
        Request request = cases.request(requestId).orElseThrow();
        if (kind == DecisionKind.PROVISIONAL) {
            // what the provisional decision granted, also when its letter is made again after the final decision
            Set<Long> provisional = cases.provisionalOf(requestId);
            return decision(request, kind, line -> provisional.contains(line.id()), request.getProvisionalOn())
                    .withMotivation(request.getProvisionalMotivation());
        }
        // a granted request's provisions are granted; a refused one's were asked for and are not granted
        ProvisionStatus status = kind == DecisionKind.GRANTED ? ProvisionStatus.GRANTED : ProvisionStatus.NOT_GRANTED;
        return decision(request, kind, line -> line.status() == status, request.getClosedOn())
                .withMotivation(motivation(requestId));
    }

    /**
     * What the request will decide when it is decided today: its proposed provisions granted or, after a no at the
     * "nee, tenzij" check or by its panel, refused. The letter's preview and the draft of its motivation.
     */
    Decision today(long requestId) {
        Request request = cases.request(requestId).orElseThrow();
        return decision(request, kindOf(request), line -> line.status() == ProvisionStatus.PROPOSED,
                LocalDate.now(clock));
    }

    /** The decision an open request is heading for: a refusal once the "nee, tenzij" check said no, else a grant. */
    static DecisionKind kindOf(Request request) {
        return request.isRefusedAtNeeTenzij() ? DecisionKind.REFUSED : DecisionKind.GRANTED;
    }

    /** The motivation the consultant wrote for the request's letter; null when nobody did. */
    String motivation(long requestId) {
        return jdbc.sql("select text from decision_motivation where request_id = :requestId")
                .param("requestId", requestId).query(String.class).optional().orElse(null);
    }

    private Decision decision(Request request, DecisionKind kind, Predicate<ProvisionLine> decided,
                              LocalDate decidedOn) {
        long requestId = request.getId();
        List<Decision.DecidedProvision> provisions = cases.provisionsOf(requestId).stream()
                .filter(decided)
                .sorted(Comparator.comparing(ProvisionLine::allocationStart).thenComparing(ProvisionLine::id))
                .map(Decisions::toProvision)
                .toList();
        MemberFacts person = families.member(request.getPersonId()).orElseThrow();
        List<String> parents = families.membersOf(request.getFamilyId()).stream()
                .filter(member -> member.role() == FamilyRole.PARENT)
                .map(MemberFacts::name)
                .toList();
        // the panel's decision, once it decided, is the check's answer (the request is no longer at the panel then)
        boolean panelDecided = request.getPanelOutcome() != null;
        NeeTenzijOutcome neeTenzij = panelDecided ? request.getPanelOutcome() : request.getNeeTenzijOutcome();
        return new Decision(requestId, kind, request.getLaw(), request.getRequestedOn(), decidedOn,
                person.name(), person.birthDate(), addressees(person, parents),
                address(families.address(request.getFamilyId())), provisions, request.triageReasons(), neeTenzij,
                panelDecided, request.refusalReasons(), request.getAlternatives(), null);
    }

    /** A child's letter goes to its parents; an adult's, or that of a child without parents on file, to themselves. */
    private static List<String> addressees(MemberFacts person, List<String> parents) {
        return person.role() == FamilyRole.CHILD && !parents.isEmpty() ? parents : List.of(person.name());
    }

    /** The family's address as a letter prints it: street and number, postal code and city. */
    static List<String> address(FamilyAddress address) {
        return Stream.of(join(address.street(), address.houseNumber()), join(address.postalCode(), address.city()))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String join(String first, String second) {
        return Stream.of(first, second).filter(part -> part != null && !part.isBlank()).map(String::trim)
                .reduce((left, right) -> left + " " + right).orElse("");
    }

    private static Decision.DecidedProvision toProvision(ProvisionLine line) {
        return new Decision.DecidedProvision(line.productCode(), line.productName(), line.categoryCode(), line.unit(),
                line.providerName(), line.volume(), line.frequency(), line.allocationStart(), line.allocationEnd());
    }
}
