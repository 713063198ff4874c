package nl.gezinsplan.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestDraft;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchFindings;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.FamilyAccountLinks;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.RequestRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Puts a few open requests of each demo consultant on the route, at triage, in research, waiting for the family's
 * consent to its plan, at the proposal and waiting for approval, so every inbox has work on first start. Unlike the
 * families, these go through the services and the engine as the consultant would, signed in as them. The demo family
 * member (sanne) gets portal access as a parent of the youth family that is to agree to its plan; that parent is
 * Sanne Mulder, like the login, so the portal, the letters and the timeline name one person.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "gezinsplan.demo.enabled", havingValue = "true")
class DemoRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);
    private static final Map<Law, String> CONSULTANTS = Map.of(
            Law.JEUGDWET, "anna", Law.WMO, "carla", Law.PARTICIPATIEWET, "daan");
    private static final int STAGES = 5;
    private static final int AWAITING_CONSENT = 2;
    private static final String DEMO_FAMILY_MEMBER = "sanne";
    private static final String DEMO_FAMILY_MEMBER_FIRST_NAME = "Sanne";
    private static final String DEMO_FAMILY_MEMBER_LAST_NAME = "Mulder";
    /**
     * What each consultant proposes: everyday care at an everyday volume, so approvals show believable amounts. Each
     * needs a second look (approval-level.dmn): youth treatment of 5 hours a week (25,480 euros a year) goes to the
     * manager, household help of 3 hours a week (5,226) and sheltered work (19,800) to a four-eyes check.
     */
    private static final Map<Law, Proposed> PROPOSALS = Map.of(
            Law.JEUGDWET, new Proposed(DemoProduct.YOUTH_TREATMENT, 5, Frequency.PER_WEEK),
            Law.WMO, new Proposed(DemoProduct.HOUSEHOLD_HELP, 3, Frequency.PER_WEEK),
            Law.PARTICIPATIEWET, new Proposed(DemoProduct.SHELTERED_WORK, 1, Frequency.PER_MONTH));

    private final JdbcClient jdbc;
    private final Requests requests;
    private final RequestRoute route;
    private final Provisions provisions;
    private final Plans plans;
    private final FamilyAccountLinks accounts;
    private final UserDetailsService users;
    private final Clock clock;
    private final boolean onStart;

    DemoRequests(JdbcClient jdbc, Requests requests, RequestRoute route, Provisions provisions, Plans plans,
                 FamilyAccountLinks accounts, UserDetailsService users, Clock clock, @Value("${gezinsplan.demo.requests:true}") boolean onStart) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.route = route;
        this.provisions = provisions;
        this.plans = plans;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
        this.onStart = onStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (onStart && !jdbc.sql("select exists (select 1 from request)").query(Boolean.class).single()) {
            putOnTheRoute();
            log.info("Put {} demo requests on the route", CONSULTANTS.size() * STAGES);
        }
    }

    void putOnTheRoute() {
        try {
            CONSULTANTS.forEach(this::putOnTheRoute);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The kitchen-table conversation as a consultant would write it down. */
    private ResearchFindings findings() {
        return new ResearchFindings(today(), "Ouder, consulent", "Het gezin houdt de dagelijkse zorg zelf vol, maar "
                + "raakt overbelast.", "Een buurvrouw helpt twee middagen per week.", "Het gezin gaat naar het "
                + "inloopspreekuur van het wijkteam.", "Daarnaast is hulp van een zorgaanbieder nodig.",
                "Met steun van het netwerk en aanvullende hulp kan het gezin verder.");
    }

    private void putOnTheRoute(Law law, String consultant) {
        UserDetails user = users.loadUserByUsername(consultant);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        List<Member> members = membersInCaseload(consultant, law);
        if (law == Law.JEUGDWET && members.size() > AWAITING_CONSENT) {
            nameAfterTheDemoFamilyMember(members.get(AWAITING_CONSENT).familyId());
        }
        for (int stage = 0; stage < Math.min(STAGES, members.size()); stage++) {
            Member member = members.get(stage);
            Request request = requests.register(member.familyId(), new RequestDraft(member.personId(), law,
                    stage == 0 ? Referrer.SCHOOL : Referrer.SELF, Urgency.NORMAL, today().minusDays(3L * stage),
                    "Gezin vraagt ondersteuning"));
            if (stage >= 1) {
                route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), "Keukentafelgesprek nodig");
            }
            if (stage >= AWAITING_CONSENT) {
                if (request.needsApplication()) {
                    requests.apply(request.getId(), today(), ApplicationChannel.PAPER);
                }
                route.completeResearch(taskOf(request), findings());
                if (stage > AWAITING_CONSENT) {
                    plans.recordAgreementOnPaper(member.familyId());
                }
                route.completePlanUpdate(taskOf(request));
            }
            if (stage == AWAITING_CONSENT && law == Law.JEUGDWET) {
                givePortalAccess(member.familyId(), consultant);
            }
            if (stage >= 4) {
                propose(request, law);
                route.completeProposal(taskOf(request), "Passend bij wat het gezin nodig heeft");
                if (law == Law.JEUGDWET) {
                    route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.YES, List.of(), null, null);
                }
            }
        }
    }

    private void propose(Request request, Law law) {
        Proposed proposed = PROPOSALS.get(law);
        long product = jdbc.sql("select id from product where code = :code")
                .param("code", proposed.product().code()).query(Long.class).single();
        long provider = jdbc.sql("select id from provider where name = :name")
                .param("name", proposed.product().provider()).query(Long.class).single();
        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), product, provider,
                BigDecimal.valueOf(proposed.volume()), proposed.frequency(), today(), today().plusMonths(6), null,
                null));
    }

    /**
     * Makes the first parent of the family Sanne Mulder, before anything is recorded about it: the family takes her
     * surname, and so do the members who had the family's surname.
     */
    private void nameAfterTheDemoFamilyMember(long familyId) {
        firstParent(familyId).ifPresent(parent -> {
            String[] was = jdbc.sql("select first_name, last_name from person where id = :id").param("id", parent)
                    .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            // the plan names her as a party to its agreements, and by first name in her own goals
            jdbc.sql("""
                            update plan_agreement set party = :name
                            where party = :was
                              and plan_version in (select id from plan_version where family_id = :familyId)""")
                    .param("name", DEMO_FAMILY_MEMBER_FIRST_NAME + " " + DEMO_FAMILY_MEMBER_LAST_NAME)
                    .param("was", was[0] + " " + was[1]).param("familyId", familyId).update();
            jdbc.sql("""
                            update plan_goal set description = replace(description, :was, :firstName),
                                   measurable_result = replace(measurable_result, :was, :firstName)
                            where person_id = :id""")
                    .param("was", was[0]).param("firstName", DEMO_FAMILY_MEMBER_FIRST_NAME).param("id", parent)
                    .update();
            jdbc.sql("""
                            update person set last_name = :lastName
                            where family_id = :familyId
                              and last_name = (select name from family where id = :familyId)""")
                    .param("lastName", DEMO_FAMILY_MEMBER_LAST_NAME).param("familyId", familyId).update();
            jdbc.sql("update person set first_name = :firstName, last_name = :lastName where id = :id")
                    .param("firstName", DEMO_FAMILY_MEMBER_FIRST_NAME).param("lastName", DEMO_FAMILY_MEMBER_LAST_NAME)
                    .param("id", parent).update();
            jdbc.sql("update family set name = :name where id = :id")
                    .param("name", DEMO_FAMILY_MEMBER_LAST_NAME).param("id", familyId).update();
        });
    }

    private void givePortalAccess(long familyId, String consultant) {
        firstParent(familyId).ifPresent(parent -> accounts.link(DEMO_FAMILY_MEMBER, parent, consultant));
    }

    private Optional<Long> firstParent(long familyId) {
        return jdbc.sql("select id from person where family_id = :familyId and family_role = 'PARENT' order by id limit 1")
                .param("familyId", familyId)
                .query(Long.class)
                .optional();
    }

    private String taskOf(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow().taskId();
    }

    /** Members of families in the consultant's caseload that have a plan: children for youth care, else adults. */
    private List<Member> membersInCaseload(String consultant, Law law) {
        return jdbc.sql("""
                        select distinct on (c.family_id) c.family_id, p.id person_id
                        from contact_person c
                        join person p on p.family_id = c.family_id
                        where c.ended_at is null and c.username = :consultant
                          and exists (select 1 from plan_version v where v.family_id = c.family_id)
                          and (p.family_role = 'CHILD') = :youth
                          and p.birth_date > :bornAfter
                        order by c.family_id, p.id
                        limit :limit""")
                .param("consultant", consultant)
                .param("youth", law == Law.JEUGDWET)
                .param("bornAfter", law == Law.JEUGDWET ? today().minusYears(18) : today().minusYears(67))
                .param("limit", STAGES)
                .query((rs, row) -> new Member(rs.getLong("family_id"), rs.getLong("person_id")))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Member(long familyId, long personId) {
    }

    private record Proposed(DemoProduct product, int volume, Frequency frequency) {
    }
}
