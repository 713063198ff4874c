package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provisions of a family across the three laws. Every method checks the caller's right to the family, and every
 * change brings the family's teams up to date: the teams of the laws of its open provisions may open the family.
 */
@Service
@Transactional
public class Provisions {

    private static final String LINES = """
            select v.id, v.person_id, v.product_id,
                   pr.code product_code, pr.name product_name, pr.law, pr.category_code, pr.unit,
                   pv.name provider_name, v.volume, v.frequency, v.tariff, v.allocation_start, v.allocation_end,
                   v.care_start, v.care_end, v.status, v.exit_perspective, v.exit_perspective_on,
                   v.off_contract_reason
            from provision v
            join product pr on pr.id = v.product_id
            join provider pv on pv.id = v.provider_id
            where v.family_id = :familyId and (cast(:requestId as bigint) is null or v.request_id = :requestId)
            order by pr.law, v.allocation_start desc, v.id desc""";

    private final ProvisionRepository provisions;
    private final RequestRepository requests;
    private final ProductRepository products;
    private final ProviderRepository providers;
    private final FamilyAccess access;
    private final FamilyFacts familyFacts;
    private final CaseTeams caseTeams;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Provisions(ProvisionRepository provisions, RequestRepository requests, ProductRepository products, ProviderRepository providers,
               FamilyAccess access, FamilyFacts familyFacts, CaseTeams caseTeams, CurrentUser currentUser,
               JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.provisions = provisions;
        this.requests = requests;
        this.products = products;
        this.providers = providers;
        this.access = access;
        this.familyFacts = familyFacts;
        this.caseTeams = caseTeams;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Every provision of every member of the family, under all three laws, ordered by law and newest first. */
    public List<ProvisionLine> ofFamily(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.provisions.read", null);
        return lines(familyId, null);
    }

    /** The provisions proposed (and later granted or not) for one request. */
    public List<ProvisionLine> ofRequest(long requestId) {
        long familyId = requests.findById(requestId).orElseThrow().getFamilyId();
        access.requireRead(familyId, "audit.provisions.read", null);
        return lines(familyId, requestId);
    }

    /** Whether the caller may add and end the family's provisions: screens offer those actions only then. */
    @Transactional(readOnly = true)
    public boolean mayChange(long familyId) {
        return access.mayChange(familyId);
    }

    /** What the family's open provisions cost per year. */
    public FamilyCost costOf(long familyId) {
        return FamilyCost.of(ofFamily(familyId));
    }

    /** Records a provision for a member of the family outside the route, at the product's current tariff. */
    public Provision allocate(long familyId, ProvisionDraft draft) {
        return create(familyId, null, draft, "audit.provision.created");
    }

    /** Proposes a provision for the request's person under the request's law, to be approved and decided on. */
    public Provision propose(long requestId, ProvisionDraft draft) {
        Request request = requests.findById(requestId).orElseThrow();
        if (!request.isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        if (draft.productId() != null && productOf(draft).getLaw() != request.getLaw()) {
            throw new InvalidInput("casework.proposal.other-law");
        }
        if (draft.allocationStart() != null && draft.allocationEnd() == null) {
            throw new InvalidInput("casework.proposal.end.required");
        }
        return create(request.getFamilyId(), requestId, draft, "audit.provision.proposed");
    }

    private Provision create(long familyId, Long requestId, ProvisionDraft draft, String subject) {
        Product product = productOf(draft);
        access.requireChange(familyId, AuditAction.CREATE, subject, product.getName());
        Provision provision = new Provision(familyId, requestId, clock.instant(), currentUser.require().username());
        return save(provision, draft, product);
    }

    /** Changes the terms of a provision that is still proposed or granted. */
    public Provision update(long provisionId, ProvisionDraft draft) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        Product product = productOf(draft);
        access.requireChange(provision.getFamilyId(), AuditAction.UPDATE, "audit.provision.updated", product.getName());
        requireNotClosed(provision);
        return save(provision, draft, product);
    }

    /**
     * Ends a provision on {@code endDate}, from then on it no longer counts for the family. It cannot be moved later
     * than the allocation end: continuing care is an extension, which is a new application.
     */
    public Provision end(long provisionId, LocalDate endDate) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        Product product = products.findById(provision.getProductId()).orElseThrow();
        access.requireChange(provision.getFamilyId(), AuditAction.UPDATE, "audit.provision.updated", product.getName());
        requireNotClosed(provision);
        if (endDate == null) {
            throw new InvalidInput("casework.provision.end.required");
        }
        Input.date(endDate, "casework.provisions.end.date");
        LocalDate earliest = Optional.ofNullable(provision.getCareStart()).orElse(provision.getAllocationStart());
        if (endDate.isBefore(earliest)) {
            throw new InvalidInput("casework.provision.end.before-start");
        }
        if (provision.getAllocationEnd() != null && endDate.isAfter(provision.getAllocationEnd())) {
            throw new InvalidInput("casework.provision.end.after-allocation");
        }
        provision.end(endDate);
        Provision saved = provisions.save(provision);
        caseTeams.refresh(provision.getFamilyId());
        events.publishEvent(new ProvisionEndedEarly(provisionId, endDate));
        return saved;
    }

    /**
     * Whether the provision is residential care (verblijf), which asks for exit criteria at its start meeting. Checked
     * but not audited: it reveals no case content, and the calling service audits its own change.
     */
    @Transactional(readOnly = true)
    public boolean isResidential(long provisionId) {
        Provision provision = provisions.findById(provisionId).orElseThrow();
        if (!access.mayRead(provision.getFamilyId())) {
            throw new AccessDeniedException("No access to family " + provision.getFamilyId());
        }
        return products.findById(provision.getProductId()).orElseThrow().isResidential();
    }

    private Provision save(Provision provision, ProvisionDraft draft, Product product) {
        Provider provider = validate(provision, draft, product);
        provision.apply(draft, product, provider, providers.offers(provider.getId(), product.getId()));
        Provision saved = provisions.save(provision);
        caseTeams.refresh(provision.getFamilyId());
        return saved;
    }

    private Product productOf(ProvisionDraft draft) {
        if (draft.productId() == null) {
            throw new InvalidInput("casework.provision.product.required");
        }
        return products.findById(draft.productId()).orElseThrow(() -> new InvalidInput("casework.provision.product.required"));
    }

    /** A product or provider that has since been deactivated may stay on a provision, but not be newly chosen. */
    private Provider validate(Provision provision, ProvisionDraft draft, Product product) {
        if (draft.personId() == null) {
            throw new InvalidInput("casework.provision.person.required");
        }
        if (!familyFacts.isMember(provision.getFamilyId(), draft.personId())) {
            throw new InvalidInput("casework.provision.person.not-in-family");
        }
        if (!product.isActive() && !product.getId().equals(provision.getProductId())) {
            throw new InvalidInput("casework.provision.product.inactive", product.getName());
        }
        if (draft.providerId() == null) {
            throw new InvalidInput("casework.provision.provider.required");
        }
        Provider provider = providers.findById(draft.providerId())
                .orElseThrow(() -> new InvalidInput("casework.provision.provider.required"));
        if (!provider.isActive() && !provider.getId().equals(provision.getProviderId())) {
            throw new InvalidInput("casework.provision.provider.inactive", provider.getName());
        }
        Input.number(draft.volume(), CaseworkLimits.VOLUME);
        if (draft.volume() == null || draft.volume().compareTo(BigDecimal.ZERO) <= 0) {
            throw new InvalidInput("casework.provision.volume.invalid");
        }
        if (draft.frequency() == null) {
            throw new InvalidInput("casework.provision.frequency.required");
        }
        validatePeriods(draft);
        return provider;
    }

    private static void validatePeriods(ProvisionDraft draft) {
        LocalDate start = draft.allocationStart();
        LocalDate end = draft.allocationEnd();
        Input.date(start, "casework.provision.allocation-start");
        Input.date(end, "casework.provision.allocation-end");
        Input.date(draft.careStart(), "casework.provision.care-start");
        Input.date(draft.careEnd(), "casework.provision.care-end");
        if (start == null) {
            throw new InvalidInput("casework.provision.start.required");
        }
        if (end != null && end.isBefore(start)) {
            throw new InvalidInput("casework.provision.end.before-start");
        }
        if (draft.careEnd() != null && draft.careStart() == null) {
            throw new InvalidInput("casework.provision.care.start.required");
        }
        if (draft.careStart() != null && draft.careEnd() != null && draft.careEnd().isBefore(draft.careStart())) {
            throw new InvalidInput("casework.provision.care.end-before-start");
        }
        if (isOutside(draft.careStart(), start, end) || isOutside(draft.careEnd(), start, end)) {
            throw new InvalidInput("casework.provision.care.outside-allocation");
        }
    }

    private static boolean isOutside(LocalDate day, LocalDate start, LocalDate end) {
        return day != null && (day.isBefore(start) || end != null && day.isAfter(end));
    }

    /** Without an access check: the callers check the reader's right to the family. */
    List<ProvisionLine> lines(long familyId, Long requestId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = familyFacts.memberNames(familyId);
        return jdbc.sql(LINES).param("familyId", familyId).param("requestId", requestId)
                .query((rs, row) -> toLine(rs, names, today)).list();
    }

    private static ProvisionLine toLine(ResultSet rs, Map<Long, String> names, LocalDate today) throws SQLException {
        LocalDate allocationEnd = rs.getObject("allocation_end", LocalDate.class);
        ProvisionStatus status = ProvisionStatus.valueOf(rs.getString("status"));
        return new ProvisionLine(rs.getLong("id"), rs.getLong("person_id"), names.get(rs.getLong("person_id")),
                rs.getLong("product_id"), rs.getString("product_code"), rs.getString("product_name"),
                Law.valueOf(rs.getString("law")), rs.getString("category_code"), Unit.valueOf(rs.getString("unit")),
                rs.getString("provider_name"), rs.getBigDecimal("volume"), Frequency.valueOf(rs.getString("frequency")),
                rs.getBigDecimal("tariff"), rs.getObject("allocation_start", LocalDate.class), allocationEnd,
                rs.getObject("care_start", LocalDate.class), rs.getObject("care_end", LocalDate.class), status,
                status.isOpenOn(allocationEnd, today), rs.getString("exit_perspective"),
                rs.getObject("exit_perspective_on", LocalDate.class), rs.getString("off_contract_reason"));
    }

    private static void requireNotClosed(Provision provision) {
        if (provision.getStatus().isClosed()) {
            throw new InvalidInput("casework.provision.closed");
        }
    }
}
