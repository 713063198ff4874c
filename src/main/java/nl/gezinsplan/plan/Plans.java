package nl.gezinsplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family plan: one per family, every save a new version. Every method checks the caller's right to the family
 * and leaves a trace in the audit trail, reads included.
 */
@Service
@Transactional
public class Plans {

    private static final String READ = "audit.plan.read";

    private final PlanVersionRepository versions;
    private final FamilyAccess access;
    private final FamilyAccounts accounts;
    private final FamilyFacts families;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PlanDocument document;

    Plans(PlanVersionRepository versions, FamilyAccess access, FamilyAccounts accounts, FamilyFacts families,
          CurrentUser currentUser, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
          PlanDocument document) {
        this.versions = versions;
        this.access = access;
        this.accounts = accounts;
        this.families = families;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.document = document;
    }

    /** The latest version, or nothing while the family has no plan yet. */
    public Optional<PlanVersion> current(long familyId) {
        access.requireReadByStaffOrMember(familyId, READ, null);
        return versions.findFirstByFamilyIdOrderByNumberDesc(familyId);
    }

    /**
     * Records the family's consent to the current version of its plan, given on paper to the consultant. Agreeing
     * twice to the same version changes nothing.
     */
    public void recordAgreementOnPaper(long familyId) {
        recordConsent(familyId, versions.latestNumber(familyId), AgreementChannel.PAPER);
    }

    /**
     * Records the family's consent to version {@code number} of its plan, given to the consultant on paper or in a
     * conversation, at any moment: requests waiting for it go on at once, as with consent in the portal. Only the
     * current version, the one the family was shown; agreeing twice to the same version changes nothing.
     */
    public void recordConsent(long familyId, int number, AgreementChannel channel) {
        if (channel == null || channel == AgreementChannel.PORTAL) {
            throw new InvalidInput("plan.agreement.channel.required");
        }
        access.requireChange(familyId, AuditAction.UPDATE, "audit.plan.agreed", channel.name());
        int current = versions.latestNumber(familyId);
        if (current == 0) {
            throw new InvalidInput("plan.agreement.no-plan");
        }
        if (number != current) {
            throw new InvalidInput("plan.agreement.not-current");
        }
        recordAgreement(familyId, number, channel);
    }

    /**
     * Records that the signed-in family member agrees, in the portal, to version {@code number} of their family's
     * plan: the version they read. Only parents and other adults agree, as only they see the whole plan; a version
     * that is no longer the current one is refused, so nobody agrees to a plan they have not seen.
     */
    public void agreeInPortal(int number) {
        FamilyMember member = accounts.requireSignedIn();
        access.requireMemberChange(member.familyId(), AuditAction.UPDATE, "audit.plan.agreed",
                AgreementChannel.PORTAL.name());
        if (!member.mayAgreeToPlanOn(LocalDate.now(clock))) {
            throw new AccessDeniedException("Only adults agree to the family plan");
        }
        if (number != versions.latestNumber(member.familyId())) {
            throw new InvalidInput("plan.agreement.not-current");
        }
        recordAgreement(member.familyId(), number, AgreementChannel.PORTAL);
    }

    private void recordAgreement(long familyId, int number, AgreementChannel channel) {
        int recorded = jdbc.sql("""
                        insert into plan_consent (family_id, plan_number, channel, recorded_by, agreed_at)
                        values (:familyId, :number, :channel, :recordedBy, :agreedAt)
                        on conflict (family_id, plan_number) do nothing""")
                .param("familyId", familyId)
                .param("number", number)
                .param("channel", channel.name())
                .param("recordedBy", currentUser.require().username())
                .param("agreedAt", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (recorded == 1) {
            events.publishEvent(new PlanAgreed(familyId, number, currentUser.require().username()));
        }
    }

    /** Whether the family agreed to the current version of its plan; false while it has no plan. */
    public boolean currentVersionAgreed(long familyId) {
        access.requireReadByStaffOrMember(familyId, READ, null);
        return jdbc.sql("""
                        select exists (select 1 from plan_consent a
                                       where a.family_id = :familyId
                                         and a.plan_number = (select max(number) from plan_version where family_id = :familyId))""")
                .param("familyId", familyId)
                .query(Boolean.class)
                .single();
    }

    /**
     * What changed in the current version since the latest version the family agreed to; nothing when it agreed to
     * the current one, or never agreed. Staff and the family's own members read it.
     */
    public Optional<PlanComparison> changesSinceAgreed(long familyId) {
        access.requireReadByStaffOrMember(familyId, READ, null);
        int current = versions.latestNumber(familyId);
        return jdbc.sql("""
                        select plan_number from plan_consent where family_id = :familyId
                        order by plan_number desc limit 1""")
                .param("familyId", familyId)
                .query(Integer.class)
                .optional()
                .filter(agreed -> agreed < current)
                .map(agreed -> PlanComparison.of(find(familyId, agreed), find(familyId, current)));
    }

    /** Every version, newest first. */
    public List<PlanVersionSummary> versions(long familyId) {
        access.requireRead(familyId, READ, null);
        return jdbc.sql("""
                        select v.number, v.author, v.created_at,
                               (select count(*) from plan_goal g where g.plan_version = v.id) goals,
                               (select count(*) from plan_agreement a where a.plan_version = v.id) agreements,
                               (select count(*) from plan_involved i where i.plan_version = v.id) involved
                        from plan_version v where v.family_id = :familyId order by v.number desc""")
                .param("familyId", familyId)
                .query((rs, row) -> new PlanVersionSummary(rs.getInt("number"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getInt("goals"), rs.getInt("agreements"),
                        rs.getInt("involved")))
                .list();
    }

    public PlanVersion version(long familyId, int number) {
        access.requireRead(familyId, READ, String.valueOf(number));
        return find(familyId, number);
    }

    /**
     * Version {@code number} of the plan as PDF, in {@code locale}, with who agreed to it when. Staff download any
     * version; a family member only the current one, without the goals of a youth of 16 or older who has their own
     * say, as the portal shows it.
     */
    public PlanFile pdf(long familyId, int number, Locale locale) {
        String fileName = PlanFile.fileName(number);
        access.requireReadByStaffOrMember(familyId, "audit.plan.downloaded", fileName);
        PlanVersion version = find(familyId, number);
        List<Goal> goals = version.goals();
        Optional<FamilyMember> member = accounts.signedIn();
        if (member.isPresent()) {
            if (number != versions.latestNumber(familyId)) {
                throw new InvalidInput("plan.version.unknown", number);
            }
            Set<Long> visible = accounts.visiblePersonIds(member.get());
            goals = goals.stream().filter(goal -> goal.personId() == null || visible.contains(goal.personId())).toList();
        }
        Optional<PlanConsent> consent = jdbc.sql("""
                        select channel, recorded_by, agreed_at from plan_consent
                        where family_id = :familyId and plan_number = :number""")
                .param("familyId", familyId)
                .param("number", number)
                .query((rs, row) -> new PlanConsent(AgreementChannel.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
        return new PlanFile(fileName, document.write(version, goals, consent, families.memberNames(familyId), locale));
    }

    /** Whether the caller may save a new version ({@link #save}): screens offer editing only then. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long familyId) {
        return access.mayChange(familyId);
    }

    /** Saves the draft as the next version, by the caller, now. */
    public PlanVersion save(long familyId, PlanDraft draft) {
        int number = draft.basedOn() + 1;
        access.requireChange(familyId, AuditAction.CREATE, "audit.plan.saved", String.valueOf(number));
        validate(familyId, draft);
        if (versions.latestNumber(familyId) != draft.basedOn()) {
            throw new InvalidInput("plan.saved-by-someone-else");
        }
        if (draft.basedOn() > 0 && find(familyId, draft.basedOn()).sameContentAs(draft)) {
            throw new InvalidInput("plan.unchanged", draft.basedOn());
        }
        PlanVersion version = new PlanVersion(null, familyId, number, currentUser.require().username(),
                clock.instant(), draft.goals(), draft.agreements(), draft.involved());
        try {
            PlanVersion saved = versions.save(version);
            events.publishEvent(new PlanVersionSaved(familyId, number));
            return saved;
        } catch (DbActionExecutionException e) {
            // a save at the same moment took this number first (unique family_id, number)
            if (e.getCause() instanceof DuplicateKeyException) {
                throw new InvalidInput("plan.saved-by-someone-else");
            }
            throw e;
        }
    }

    public PlanComparison compare(long familyId, int from, int to) {
        access.requireRead(familyId, READ, from + "-" + to);
        return PlanComparison.of(find(familyId, from), find(familyId, to));
    }

    /** How many professionals the current plan involves; the policy wants as few as possible. */
    public int professionalsInvolved(long familyId) {
        return current(familyId).map(PlanVersion::professionalsInvolved).orElse(0);
    }

    private PlanVersion find(long familyId, int number) {
        return versions.findByFamilyIdAndNumber(familyId, number)
                .orElseThrow(() -> new InvalidInput("plan.version.unknown", number));
    }

    private void validate(long familyId, PlanDraft draft) {
        draft.goals().forEach(Plans::validate);
        draft.agreements().forEach(Plans::validate);
        draft.involved().forEach(Plans::validate);
        requireUniqueKeys(draft);
        requireMembers(familyId, draft.goals());
    }

    private static void validate(Goal goal) {
        require(goal.law() != null, "plan.goal.law.required");
        Input.requiredText(goal.description(), PlanLimits.GOAL_DESCRIPTION, "plan.goal.description.required");
        Input.requiredText(goal.measurableResult(), PlanLimits.GOAL_RESULT, "plan.goal.result.required");
        require(goal.status() != null, "plan.goal.status.required");
        Input.date(goal.targetDate(), "plan.goal.target-date");
        require(plausible(goal.targetDate()), "plan.goal.target-date.invalid");
    }

    private static void validate(Agreement agreement) {
        Input.requiredText(agreement.party(), PlanLimits.AGREEMENT_PARTY, "plan.agreement.party.required");
        Input.requiredText(agreement.action(), PlanLimits.AGREEMENT_ACTION, "plan.agreement.action.required");
        Input.date(agreement.dueDate(), "plan.agreement.due-date");
        require(plausible(agreement.dueDate()), "plan.agreement.due-date.invalid");
    }

    private static void validate(Involved involved) {
        Input.requiredText(involved.name(), PlanLimits.INVOLVED_NAME, "plan.involved.name.required");
        Input.text(involved.organisation(), PlanLimits.INVOLVED_ORGANISATION);
        Input.text(involved.role(), PlanLimits.INVOLVED_ROLE);
        require(involved.kind() != null, "plan.involved.kind.required");
    }

    /** A goal's member must belong to this family. */
    private void requireMembers(long familyId, List<Goal> goals) {
        Set<Long> persons = goals.stream().map(Goal::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (persons.isEmpty()) {
            return;
        }
        require(persons.stream().allMatch(person -> families.isMember(familyId, person)),
                "plan.goal.person.not-a-member");
    }

    /** Comparison goes by key, so within a version a key is used once; screens that copy items must make new ones. */
    private static void requireUniqueKeys(PlanDraft draft) {
        Set<Object> keys = new HashSet<>();
        boolean unique = Stream.of(draft.goals(), draft.agreements(), draft.involved())
                .flatMap(List::stream)
                .allMatch(item -> item.itemKey() != null && keys.add(item.itemKey()));
        if (!unique) {
            throw new IllegalArgumentException("Every item of a plan needs a key of its own");
        }
    }

    private static boolean plausible(LocalDate date) {
        return date == null || !date.isBefore(PlanLimits.EARLIEST_DATE);
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new InvalidInput(messageKey);
        }
    }
}
