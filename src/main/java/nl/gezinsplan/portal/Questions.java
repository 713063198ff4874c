package nl.gezinsplan.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casefile.FamilyAnswered;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.MemberFacts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions and remarks of family members to their contact person, and the answers. Each member has questions of
 * their own: they send and read only those (no id of theirs is taken, so they cannot ask for another), while
 * consultants with access to the family read all its questions and answer them; a colleague may answer too.
 * Every read, question and answer is audited, every refusal too.
 */
@Service
@Transactional
public class Questions {

    private static final String QUESTIONS_AND_ANSWERS = """
            select m.id, m.person_id, m.from_family, m.author, m.text, m.sent_at, m.read_at
            from family_question m
            where\s""";

    private final JdbcClient jdbc;
    private final FamilyAccounts accounts;
    private final FamilyAccess access;
    private final FamilyFacts families;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final FamilyMails mails;
    private final LiveUpdates live;

    Questions(JdbcClient jdbc, FamilyAccounts accounts, FamilyAccess access, FamilyFacts families,
                  CurrentUser currentUser, UserDirectory directory, Clock clock, ApplicationEventPublisher events,
                  FamilyMails mails, LiveUpdates live) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.access = access;
        this.families = families;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
        this.mails = mails;
        this.live = live;
    }

    /** The signed-in member sends a question or remark to their family's contact person. */
    public void send(String text) {
        FamilyMember member = accounts.requireSignedIn();
        access.requireMemberChange(member.familyId(), AuditAction.CREATE, "audit.question.sent",
                member.fullName());
        long id = insert(member.familyId(), member.personId(), true, validated(text));
        events.publishEvent(new FamilyAnswered(member.familyId(), member.personId()));
        events.publishEvent(new QuestionAsked(member.familyId(), member.personId(), id));
    }

    /** The signed-in member's own questions and their answers; reading them marks the answers as read. */
    public MyQuestions mine() {
        FamilyMember member = accounts.requireSignedIn();
        access.requireReadByStaffOrMember(member.familyId(), "audit.questions.read", null);
        String name = member.fullName();
        List<QuestionOrAnswer> items = withStaffNames(jdbc.sql(QUESTIONS_AND_ANSWERS + "m.person_id = :id order by m.sent_at, m.id")
                .param("id", member.personId())
                .query((rs, row) -> toItem(rs, name))
                .list());
        jdbc.sql("""
                        update family_question set read_at = :now
                        where person_id = :personId and not from_family and read_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("personId", member.personId())
                .update();
        return new MyQuestions(contactPersonOf(member.familyId()), items);
    }

    /** How many answers the signed-in member has not read yet; none for anyone else. Counting reads no content. */
    @Transactional(readOnly = true)
    public long unreadAnswers() {
        return accounts.signedIn().map(member -> jdbc.sql("""
                                select count(*) from family_question
                                where person_id = :personId and not from_family and read_at is null""")
                        .param("personId", member.personId())
                        .query(Long.class)
                        .single())
                .orElse(0L);
    }

    /** Every member's questions of the family, those waiting for an answer first, then the latest first. */
    public List<MemberQuestions> ofFamily(long familyId) {
        access.requireRead(familyId, "audit.questions.read", null);
        Map<Long, List<QuestionOrAnswer>> byMember = new LinkedHashMap<>();
        Map<Long, String> names = families.memberNames(familyId);
        jdbc.sql(QUESTIONS_AND_ANSWERS + "m.family_id = :id order by m.sent_at, m.id")
                .param("id", familyId)
                .query(rs -> {
                    long personId = rs.getLong("person_id");
                    byMember.computeIfAbsent(personId, id -> new ArrayList<>()).add(toItem(rs, names.get(personId)));
                });
        return byMember.entrySet().stream()
                .map(entry -> new MemberQuestions(entry.getKey(), names.get(entry.getKey()),
                        withStaffNames(entry.getValue())))
                .sorted(Comparator.comparing(MemberQuestions::waitingForAnswer).reversed()
                        .thenComparing(member -> member.items().get(member.items().size() - 1)
                                .sentAt(), Comparator.reverseOrder()))
                .toList();
    }

    /**
     * A consultant with access to the person's family answers the person's questions, which marks them
     * as answered.
     */
    public void answer(long personId, String text) {
        MemberFacts member = families.member(personId)
                .orElseThrow(() -> new AccessDeniedException("No person " + personId));
        access.requireChange(member.familyId(), AuditAction.CREATE, "audit.question.answered", member.name());
        boolean hasAsked = jdbc.sql(
                        "select exists (select 1 from family_question where person_id = :id and from_family)")
                .param("id", personId)
                .query(Boolean.class)
                .single();
        if (!hasAsked) {
            throw new InvalidInput("portal.questions.not-asked");
        }
        long answerId = insert(member.familyId(), personId, false, validated(text));
        jdbc.sql("""
                        update family_question set read_at = :now
                        where person_id = :personId and from_family and read_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("personId", personId)
                .update();
        mails.answered(personId, String.valueOf(answerId));
    }

    /**
     * How many questions wait for an answer in the families of which the signed-in consultant is the contact person.
     * Counting reads no file, so it is not audited.
     */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public long waitingForMe() {
        Set<Long> caseload = families.caseloadOf(currentUser.require().username()).keySet();
        if (caseload.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from family_question m
                        where m.from_family and m.read_at is null and m.family_id in (:caseload)""")
                .param("caseload", caseload)
                .query(Long.class)
                .single();
    }

    /** The families of the signed-in consultant's caseload with questions waiting for an answer, longest waiting first. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<WaitingQuestions> familiesWaitingForMe() {
        Map<Long, String> caseload = families.caseloadOf(currentUser.require().username());
        if (caseload.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.family_id, count(*) questions, min(m.sent_at) since
                        from family_question m
                        where m.from_family and m.read_at is null and m.family_id in (:caseload)
                        group by m.family_id order by since, m.family_id""")
                .param("caseload", caseload.keySet())
                .query((rs, row) -> new WaitingQuestions(rs.getLong("family_id"), caseload.get(rs.getLong("family_id")),
                        rs.getLong("questions"), rs.getTimestamp("since").toInstant()))
                .list();
    }

    private static String validated(String text) {
        String item = text == null ? "" : text.strip();
        if (item.isEmpty()) {
            throw new InvalidInput("portal.questions.empty");
        }
        Input.text(item, PortalLimits.QUESTION);
        return item;
    }

    private long insert(long familyId, long personId, boolean fromFamily, String text) {
        live.changed(LiveUpdates.FAMILY_QUESTIONS);
        return jdbc.sql("""
                        insert into family_question (family_id, person_id, author, from_family, text, sent_at)
                        values (:familyId, :personId, :author, :fromFamily, :text, :sentAt)
                        returning id""")
                .param("familyId", familyId)
                .param("personId", personId)
                .param("author", currentUser.require().username())
                .param("fromFamily", fromFamily)
                .param("text", text)
                .param("sentAt", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** The family's questions carry the member's name already; a consultant's name comes from the directory. */
    private List<QuestionOrAnswer> withStaffNames(List<QuestionOrAnswer> items) {
        Map<String, String> staff = new HashMap<>();
        return items.stream()
                .map(item -> item.fromFamily() ? item : new QuestionOrAnswer(item.id(), item.personId(),
                        false, staff.computeIfAbsent(item.authorName(), this::fullName), item.text(),
                        item.sentAt(), item.readAt()))
                .toList();
    }

    /** The author is the member's name for the family's questions, the consultant's login for the answers. */
    private static QuestionOrAnswer toItem(ResultSet rs, String memberName) throws SQLException {
        boolean fromFamily = rs.getBoolean("from_family");
        Timestamp readAt = rs.getTimestamp("read_at");
        return new QuestionOrAnswer(rs.getLong("id"), rs.getLong("person_id"), fromFamily,
                fromFamily ? memberName : rs.getString("author"),
                rs.getString("text"), rs.getTimestamp("sent_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    private Optional<String> contactPersonOf(long familyId) {
        return families.contactPerson(familyId).map(this::fullName);
    }

    private String fullName(String username) {
        return directory.fullNameOf(username);
    }
}
