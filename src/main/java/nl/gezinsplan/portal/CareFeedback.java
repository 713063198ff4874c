package nl.gezinsplan.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.TextLimit;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.CarePeriod;
import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.Meetings;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family is the judge of whether help works: in the portal its members confirm per provision and month that the
 * care was delivered (or say it was not), and rate the help (1-10 for its effect, the route to it and the provider)
 * after its check meeting, after its evaluation meeting and at its end. The consultant reads it on the family page.
 * <p>
 * A member answers only about provisions of their own family for members they see; anything else is refused and
 * audited. A month is answered once for the whole family: a second answer is refused, so the first stays as it was
 * given, with who gave it and when; the member who gave it may undo it the same day (a tap on the wrong button).
 * A month is asked once it is over, within the care's period, and only when the care was granted before the month
 * began: nobody is asked about care granted an hour ago. Ended care is asked about too.
 */
@Service
@Transactional
public class CareFeedback {

    /** The provisions the family is asked about: granted, and those that were, until they ended or were stopped. */
    private static final Set<ProvisionStatus> DELIVERED = Set.of(ProvisionStatus.GRANTED, ProvisionStatus.ENDED,
            ProvisionStatus.STOPPED);
    private static final String READ = "audit.portal.care.read";
    private static final String DELIVERY = "audit.portal.care.delivery";
    private static final String RATING = "audit.portal.care.rating";
    private static final String UNDO = "audit.portal.care.delivery.undone";

    private final FamilyAccounts accounts;
    private final FamilyAccess access;
    private final Provisions provisions;
    private final CaseFacts cases;
    private final FamilyFacts families;
    private final Meetings meetings;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UserDirectory directory;

    CareFeedback(FamilyAccounts accounts, FamilyAccess access, Provisions provisions, CaseFacts cases,
                 FamilyFacts families, Meetings meetings, AuditLog audit, JdbcClient jdbc, Clock clock,
                 ApplicationEventPublisher events, UserDirectory directory) {
        this.accounts = accounts;
        this.access = access;
        this.provisions = provisions;
        this.cases = cases;
        this.families = families;
        this.meetings = meetings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.directory = directory;
    }

    /**
     * The signed-in member's care with what they are asked about it: the provisions of the members they see, with
     * the family's answers per month and only the member's own ratings.
     */
    public List<ProvisionFeedback> mine() {
        FamilyMember member = accounts.requireSignedIn();
        Set<Long> visible = accounts.visiblePersonIds(member);
        access.requireReadByStaffOrMember(member.familyId(), READ, null);
        return feedbackOf(member.familyId(), line -> visible.contains(line.personId()),
                rating -> rating.personId() == member.personId());
    }

    /** For the consultant: every provision the family is asked about, with all answers and ratings. */
    public List<ProvisionFeedback> ofFamily(long familyId) {
        access.requireRead(familyId, READ, null);
        return feedbackOf(familyId, line -> true, rating -> true);
    }

    /** The member says whether the care was delivered in {@code month}; a remark is required when it was not. */
    public void answerDelivery(long provisionId, YearMonth month, boolean delivered, String remark) {
        FamilyMember member = accounts.requireSignedIn();
        Care care = requireMemberSees(member, provisionId, AuditAction.CREATE, DELIVERY, String.valueOf(month));
        String words = remark(remark, PortalLimits.DELIVERY_REMARK);
        if (month == null || !care.months(today()).contains(month)) {
            throw new InvalidInput("portal.care.delivery.month.invalid");
        }
        if (!delivered && words == null) {
            throw new InvalidInput("portal.care.delivery.remark.required");
        }
        int recorded = jdbc.sql("""
                        insert into care_delivery (provision_id, family_id, month, delivered, remark, person_id,
                                                   answered_by, answered_at)
                        values (:provisionId, :familyId, :month, :delivered, :remark, :personId, :answeredBy, :now)
                        on conflict (provision_id, month) do nothing""")
                .param("provisionId", provisionId)
                .param("familyId", care.familyId())
                .param("month", month.atDay(1))
                .param("delivered", delivered)
                .param("remark", words)
                .param("personId", member.personId())
                .param("answeredBy", member.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (recorded == 0) {
            throw new InvalidInput("portal.care.delivery.already-answered");
        }
        if (!delivered) {
            events.publishEvent(new CareNotDelivered(care.familyId(), provisionId, month));
        }
    }

    /**
     * The member takes back their own answer about {@code month}, given today, so the month is asked again. An
     * answer of another member, or of an earlier day, stays: the contact person may have acted on it.
     */
    public void undoDelivery(long provisionId, YearMonth month) {
        FamilyMember member = accounts.requireSignedIn();
        requireMemberSees(member, provisionId, AuditAction.UPDATE, UNDO, String.valueOf(month));
        LocalDate today = today();
        int removed = jdbc.sql("""
                        delete from care_delivery
                        where provision_id = :provisionId and month = :month and person_id = :personId
                          and answered_at >= :since""")
                .param("provisionId", provisionId)
                .param("month", month == null ? null : month.atDay(1))
                .param("personId", member.personId())
                .param("since", Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()))
                .update();
        if (removed == 0) {
            throw new InvalidInput("portal.care.delivery.undo.too-late");
        }
    }

    /** The member rates the provision at a moment it has reached; each score from 1 to 10. */
    public void rate(long provisionId, RatingMoment moment, int effect, int route, int provider, String remark) {
        FamilyMember member = accounts.requireSignedIn();
        Care care = requireMemberSees(member, provisionId, AuditAction.CREATE, RATING, String.valueOf(moment));
        String words = remark(remark, PortalLimits.RATING_REMARK);
        if (Stream.of(effect, route, provider).anyMatch(score -> score < 1 || score > 10)) {
            throw new InvalidInput("portal.care.rating.score.invalid");
        }
        if (moment == null || !momentsReached(care, heldMeetings(care.familyId())).contains(moment)) {
            throw new InvalidInput("portal.care.rating.not-asked");
        }
        int recorded = jdbc.sql("""
                        insert into care_rating (provision_id, family_id, moment, person_id, effect_score, route_score,
                                                 provider_score, remark, rated_by, rated_at)
                        values (:provisionId, :familyId, :moment, :personId, :effect, :route, :provider, :remark,
                                :ratedBy, :now)
                        on conflict (provision_id, moment, person_id) do nothing""")
                .param("provisionId", provisionId)
                .param("familyId", care.familyId())
                .param("moment", moment.name())
                .param("personId", member.personId())
                .param("effect", effect)
                .param("route", route)
                .param("provider", provider)
                .param("remark", words)
                .param("ratedBy", member.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (recorded == 0) {
            throw new InvalidInput("portal.care.rating.already-given");
        }
    }

    private List<ProvisionFeedback> feedbackOf(long familyId, Predicate<ProvisionLine> shown,
                                               Predicate<CareRating> ratingShown) {
        LocalDate today = today();
        Map<Long, List<DeliveryAnswer>> deliveries = deliveriesOf(familyId);
        Map<Long, List<CareRating>> ratings = ratingsOf(familyId);
        Set<HeldMeeting> held = heldMeetings(familyId);
        return provisions.ofFamily(familyId).stream()
                .filter(line -> DELIVERED.contains(line.status()) && shown.test(line))
                .map(line -> {
                    Care care = Care.of(line, familyId, grantedOn(line.id()));
                    List<DeliveryAnswer> answers = deliveries.getOrDefault(line.id(), List.of());
                    List<YearMonth> open = care.months(today).stream()
                            .filter(month -> answers.stream().noneMatch(answer -> answer.month().equals(month)))
                            .toList();
                    return new ProvisionFeedback(line, open, momentsReached(care, held), answers,
                            ratings.getOrDefault(line.id(), List.of()).stream().filter(ratingShown).toList());
                })
                .toList();
    }

    /**
     * The moments at which the family is asked to rate the provision: after its check and its evaluation meeting,
     * and at its end: ended or stopped, or granted care whose last day has passed.
     */
    private List<RatingMoment> momentsReached(Care care, Set<HeldMeeting> held) {
        List<RatingMoment> moments = new ArrayList<>();
        if (held.contains(new HeldMeeting(care.id(), RatingMoment.CHECK))) {
            moments.add(RatingMoment.CHECK);
        }
        if (held.contains(new HeldMeeting(care.id(), RatingMoment.EVALUATION))) {
            moments.add(RatingMoment.EVALUATION);
        }
        if (care.status().isClosed() || care.end() != null && care.end().isBefore(today())) {
            moments.add(RatingMoment.END);
        }
        return moments;
    }

    /** Which provision of the family had a check or evaluation meeting. */
    private Set<HeldMeeting> heldMeetings(long familyId) {
        Set<HeldMeeting> held = new HashSet<>();
        meetings.heldPerProvision(familyId).forEach((provisionId, kinds) -> {
            if (kinds.contains(MeetingKind.CHECK)) {
                held.add(new HeldMeeting(provisionId, RatingMoment.CHECK));
            }
            if (kinds.contains(MeetingKind.EVALUATION)) {
                held.add(new HeldMeeting(provisionId, RatingMoment.EVALUATION));
            }
        });
        return held;
    }

    private Map<Long, List<DeliveryAnswer>> deliveriesOf(long familyId) {
        Map<Long, String> names = families.memberNames(familyId);
        return jdbc.sql("""
                        select d.provision_id, d.month, d.delivered, d.remark, d.answered_at, d.person_id,
                               d.followed_up_by, d.followed_up_at, d.follow_up_note
                        from care_delivery d
                        where d.family_id = :familyId
                        order by d.month, d.id""")
                .param("familyId", familyId)
                .query((rs, row) -> Map.entry(rs.getLong("provision_id"), new DeliveryAnswer(
                        YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getBoolean("delivered"),
                        rs.getString("remark"), rs.getLong("person_id"), names.get(rs.getLong("person_id")),
                        rs.getTimestamp("answered_at").toInstant(), followUp(rs))))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** A follow-up names its consultant in full. */
    private FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
        FollowUp followUp = FollowUp.of(rs);
        return followUp == null ? null
                : new FollowUp(directory.fullNameOf(followUp.by()), followUp.at(), followUp.note());
    }

    private Map<Long, List<CareRating>> ratingsOf(long familyId) {
        Map<Long, String> names = families.memberNames(familyId);
        return jdbc.sql("""
                        select r.provision_id, r.moment, r.person_id, r.effect_score, r.route_score, r.provider_score,
                               r.remark, r.rated_at
                        from care_rating r
                        where r.family_id = :familyId
                        order by r.rated_at, r.id""")
                .param("familyId", familyId)
                .query((rs, row) -> Map.entry(rs.getLong("provision_id"), new CareRating(
                        RatingMoment.valueOf(rs.getString("moment")), rs.getLong("person_id"),
                        names.get(rs.getLong("person_id")), rs.getInt("effect_score"), rs.getInt("route_score"),
                        rs.getInt("provider_score"), rs.getString("remark"), rs.getTimestamp("rated_at").toInstant())))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * The provision the member wants to answer about, once it is clear it is of their own family and of a member they
     * see; refuses and audits anything else, an unknown id too. Records the member's change when allowed.
     */
    private Care requireMemberSees(FamilyMember member, long provisionId, AuditAction action, String subject,
                                   String detail) {
        Optional<Care> found = cases.provision(provisionId)
                .map(provision -> Care.of(provision, grantedOn(provision)));
        if (found.isEmpty()) {
            audit.recordDenial(member.familyId(), subject, Set.of());
            throw new AccessDeniedException("No provision " + provisionId);
        }
        Care care = found.get();
        access.requireMemberChange(care.familyId(), care.personId(), action, subject, detail);
        if (!DELIVERED.contains(care.status())) {
            throw new InvalidInput("portal.care.not-asked");
        }
        return care;
    }

    /** The day the provision's request was granted; none for care recorded outside the route. */
    private LocalDate grantedOn(long provisionId) {
        return cases.provision(provisionId).map(this::grantedOn).orElse(null);
    }

    private LocalDate grantedOn(Provision provision) {
        return provision.getRequestId() == null ? null
                : cases.request(provision.getRequestId()).map(Request::getClosedOn).orElse(null);
    }

    private static String remark(String remark, TextLimit limit) {
        if (remark == null || remark.isBlank()) {
            return null;
        }
        Input.text(remark.strip(), limit);
        return remark.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A provision's facts the questions depend on; start and end are those of its {@link CarePeriod}, granted the day
     * its request was granted (null for care recorded outside the route).
     */
    private record Care(long id, long familyId, long personId, ProvisionStatus status, LocalDate start,
                        LocalDate end, LocalDate granted) {

        static Care of(ProvisionLine line, long familyId, LocalDate granted) {
            return new Care(line.id(), familyId, line.personId(), line.status(), line.carePeriod().start(),
                    line.carePeriod().end(), granted);
        }

        static Care of(Provision provision, LocalDate granted) {
            return new Care(provision.getId(), provision.getFamilyId(), provision.getPersonId(), provision.getStatus(),
                    provision.carePeriod().start(), provision.carePeriod().end(), granted);
        }

        /**
         * The months of the care that are over by {@code today} and began after the care was granted, oldest first:
         * only then can the family say whether it got the month's help.
         */
        List<YearMonth> months(LocalDate today) {
            YearMonth last = YearMonth.from(today).minusMonths(1);
            if (end != null && YearMonth.from(end).isBefore(last)) {
                last = YearMonth.from(end);
            }
            YearMonth first = YearMonth.from(start);
            if (granted != null && !YearMonth.from(granted).isBefore(first)) {
                first = YearMonth.from(granted).plusMonths(1);
            }
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                months.add(month);
            }
            return months;
        }
    }

    private record HeldMeeting(long provisionId, RatingMoment kind) {
    }
}
