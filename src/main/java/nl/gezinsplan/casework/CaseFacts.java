package nl.gezinsplan.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of requests and provisions by id, so that no other module's SQL reads casework's tables.
 * Without an access check or audit, on purpose: the caller has checked the reader's right to the family (which records
 * the read once), or works for the route with nobody signed in (the decision letter made when a request closes).
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

    private final RequestRepository requests;
    private final ProvisionRepository provisions;
    private final Provisions lines;

    CaseFacts(RequestRepository requests, ProvisionRepository provisions, Provisions lines) {
        this.requests = requests;
        this.provisions = provisions;
        this.lines = lines;
    }

    public Optional<Request> request(long requestId) {
        return requests.findById(requestId);
    }

    /** The requests among {@code requestIds} by id; unknown ids are left out. */
    public Map<Long, Request> requests(Collection<Long> requestIds) {
        return requests.findAllById(requestIds).stream()
                .collect(Collectors.toMap(Request::getId, Function.identity()));
    }

    /** The provisions proposed for the request, whatever became of them, as the family's overview shows them. */
    public List<ProvisionLine> provisionsOf(long requestId) {
        return request(requestId).map(request -> lines.lines(request.getFamilyId(), requestId)).orElse(List.of());
    }

    /** The ids of the provisions a crisis's provisional decision granted on the request, whether ended since or not. */
    public Set<Long> provisionalOf(long requestId) {
        return provisions.findByRequestIdAndProvisionalTrue(requestId).stream().map(Provision::getId)
                .collect(Collectors.toSet());
    }

    public Optional<Provision> provision(long provisionId) {
        return provisions.findById(provisionId);
    }
}
