package nl.gezinsplan.portal;

import java.util.List;
import java.util.Map;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.workflow.RequestRoute;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests (aanvragen) of a signed-in member's family about the members they see, so a youth of 16 or older's
 * request is theirs, not their parents'; the member withdraws an open one, which ends its route at once.
 */
@Service
@Transactional
public class MyRequests {

    /** A request with the name of the member it is about. */
    public record MyRequest(Request request, String personName) {
    }

    private final FamilyAccounts accounts;
    private final FamilyFacts families;
    private final Requests requests;
    private final RequestRoute route;

    MyRequests(FamilyAccounts accounts, FamilyFacts families, Requests requests, RequestRoute route) {
        this.accounts = accounts;
        this.families = families;
        this.requests = requests;
        this.route = route;
    }

    /** Newest first. */
    public List<MyRequest> list() {
        FamilyMember member = accounts.requireSignedIn();
        Map<Long, String> names = families.memberNames(member.familyId());
        return requests.ofMembers(member.familyId(), accounts.visiblePersonIds(member)).stream()
                .map(request -> new MyRequest(request, names.get(request.getPersonId())))
                .toList();
    }

    /** The family withdraws the request; the request refuses one already closed, the access rule one of another. */
    public void withdraw(long requestId) {
        accounts.requireSignedIn();
        route.withdraw(requestId, null);
    }
}
