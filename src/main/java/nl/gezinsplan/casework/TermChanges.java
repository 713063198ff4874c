package nl.gezinsplan.casework;

import java.util.List;
import java.util.Optional;
import nl.gezinsplan.family.FamilyAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suspensions (opschortingen) and the extension (verdaging) of a request's term, as screens read them; each read
 * checks the reader's right to the family. Suspending, resuming and extending go through the route
 * ({@code workflow.TermClock}), which moves the term's timers with them.
 */
@Service
@Transactional
public class TermChanges {

    private final Requests requests;
    private final TermSuspensionRepository suspensions;
    private final TermExtensionRepository extensions;
    private final FamilyAccess access;

    TermChanges(Requests requests, TermSuspensionRepository suspensions, TermExtensionRepository extensions,
                FamilyAccess access) {
        this.requests = requests;
        this.suspensions = suspensions;
        this.extensions = extensions;
        this.access = access;
    }

    /** The request's suspensions, oldest first. */
    public List<TermSuspension> suspensionsOf(long requestId) {
        requests.get(requestId);
        return suspensions.findByRequest(requestId);
    }

    /** The suspension that holds the request's term now, if any. */
    public Optional<TermSuspension> running(long requestId) {
        requests.get(requestId);
        return suspensions.findRunning(requestId);
    }

    public Optional<TermExtension> extensionOf(long requestId) {
        requests.get(requestId);
        return extensions.findById(requestId);
    }

    /** Whether the caller may suspend, resume or extend the request's term: for a screen's actions. */
    public boolean mayChange(long requestId) {
        Request request = requests.find(requestId);
        return request.isOpen() && access.mayChange(request.getFamilyId());
    }
}
