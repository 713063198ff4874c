package nl.gezinsplan.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFile;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.meeting.Meeting;
import nl.gezinsplan.meeting.Meetings;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.PlanComparison;
import nl.gezinsplan.plan.PlanVersion;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.PlannedMeeting;
import nl.gezinsplan.workflow.PlannedMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's own file as its signed-in member may see it: only their family (the services refuse any other and
 * audit every read), and within it the shared items and those of the members they see ({@link FamilyAccounts}).
 */
@Service
@Transactional
public class MyFamily {

    /**
     * How far ahead a planned meeting is shown: a talk years away (about life after 18, for a small child) is not
     * news for the family yet.
     */
    static final Period NEAR = Period.ofYears(1);

    private final FamilyAccounts accounts;
    private final Families families;
    private final Plans plans;
    private final Provisions provisions;
    private final Meetings meetings;
    private final PlannedMeetings plannedMeetings;
    private final Clock clock;

    MyFamily(FamilyAccounts accounts, Families families, Plans plans, Provisions provisions, Meetings meetings,
             PlannedMeetings plannedMeetings, Clock clock) {
        this.accounts = accounts;
        this.families = families;
        this.plans = plans;
        this.provisions = provisions;
        this.meetings = meetings;
        this.plannedMeetings = plannedMeetings;
        this.clock = clock;
    }

    public MyFamilyFile read() {
        FamilyMember member = accounts.requireSignedIn();
        long familyId = member.familyId();
        Set<Long> visible = accounts.visiblePersonIds(member);
        LocalDate today = LocalDate.now(clock);
        FamilyFile file = families.open(familyId);
        List<MyFamilyFile.Member> members = file.members().stream()
                .filter(person -> visible.contains(person.getId()))
                .map(person -> new MyFamilyFile.Member(person.getId(), person.getFirstName(), person.getLastName(),
                        person.ageOn(today), person.maskedBsn()))
                .toList();
        Optional<MyFamilyFile.Plan> plan = plans.current(familyId).map(version -> planFor(version, visible, member,
                plans.currentVersionAgreed(familyId), today,
                plans.changesSinceAgreed(familyId).map(changes -> visibleOnly(changes, visible))));
        List<ProvisionLine> care = provisions.ofFamily(familyId).stream()
                .filter(line -> visible.contains(line.personId()) && line.status() != ProvisionStatus.NOT_GRANTED)
                .toList();
        List<Meeting> held = meetings.ofFamily(familyId).stream()
                .filter(meeting -> visible.contains(meeting.personId()))
                .toList();
        List<PlannedMeeting> planned = plannedMeetings.of(familyId).stream()
                .filter(meeting -> visible.contains(meeting.personId()))
                .filter(notYetHeld(held))
                .filter(meeting -> !meeting.date().isAfter(today.plus(NEAR)))
                .toList();
        return new MyFamilyFile(member, file.family().getName(), members,
                file.contactPerson().map(contact -> new MyFamilyFile.Contact(contact.fullName(), contact.email())),
                plan, care, held, planned);
    }

    private static MyFamilyFile.Plan planFor(PlanVersion version, Set<Long> visible, FamilyMember member,
                                             boolean agreed, LocalDate today, Optional<PlanComparison> changes) {
        List<Goal> goals = version.goals().stream()
                .filter(goal -> goal.personId() == null || visible.contains(goal.personId()))
                .toList();
        return new MyFamilyFile.Plan(version.number(), version.createdAt(), goals, version.agreements(),
                version.involved(), agreed, !agreed && member.mayAgreeToPlanOn(today), changes);
    }

    /** The changes to shared goals and to those of members the reader sees; agreements and people involved are shared. */
    private static PlanComparison visibleOnly(PlanComparison changes, Set<Long> visible) {
        return new PlanComparison(changes.from(), changes.to(), changes.goals().stream()
                .filter(change -> change.item().personId() == null || visible.contains(change.item().personId()))
                .toList(), changes.agreements(), changes.involved());
    }

    /** A planned meeting is left out once a meeting of its kind was held about the same provision or youth. */
    private static Predicate<PlannedMeeting> notYetHeld(List<Meeting> held) {
        return plannedMeeting -> held.stream().noneMatch(meeting -> meeting.kind() == plannedMeeting.kind()
                && meeting.personId() == plannedMeeting.personId()
                && Objects.equals(meeting.provisionId(), plannedMeeting.provisionId()));
    }
}
