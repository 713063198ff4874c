package nl.gezinsplan.decision;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyFacts.FamilyAddress;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.MemberFacts;
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

    Decisions(CaseFacts cases, FamilyFacts families) {
        this.cases = cases;
        this.families = families;
    }

    Decision of(long requestId, DecisionKind kind) {
        // a granted request's provisions are granted; a refused one's were asked for and are not granted
        ProvisionStatus status = kind == DecisionKind.GRANTED ? ProvisionStatus.GRANTED : ProvisionStatus.NOT_GRANTED;
        List<Decision.DecidedProvision> provisions = cases.provisionsOf(requestId).stream()
                .filter(line -> line.status() == status)
                .sorted(Comparator.comparing(ProvisionLine::allocationStart).thenComparing(ProvisionLine::id))
                .map(Decisions::toProvision)
                .toList();
        Request request = cases.request(requestId).orElseThrow();
        MemberFacts person = families.member(request.getPersonId()).orElseThrow();
        List<String> parents = families.membersOf(request.getFamilyId()).stream()
                .filter(member -> member.role() == FamilyRole.PARENT)
                .map(MemberFacts::name)
                .toList();
        return new Decision(requestId, kind, request.getLaw(), request.getRequestedOn(), request.getClosedOn(),
                person.name(), person.birthDate(), addressees(person, parents),
                address(families.address(request.getFamilyId())), provisions, request.refusalReasons(),
                request.getAlternatives());
    }

    /** A child's letter goes to its parents; an adult's, or that of a child without parents on file, to themselves. */
    private static List<String> addressees(MemberFacts person, List<String> parents) {
        return person.role() == FamilyRole.CHILD && !parents.isEmpty() ? parents : List.of(person.name());
    }

    private static List<String> address(FamilyAddress address) {
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
