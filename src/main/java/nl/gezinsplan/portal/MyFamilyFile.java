package nl.gezinsplan.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.meeting.Meeting;
import nl.gezinsplan.plan.Agreement;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.Involved;
import nl.gezinsplan.plan.PlanComparison;
import nl.gezinsplan.workflow.PlannedMeeting;

/**
 * What a family member sees of their family: the members they see (BSN masked), the contact person, the plan, the
 * care and the meetings, each limited to the shared items and those of the members they see.
 */
public record MyFamilyFile(FamilyMember member, String familyName, List<Member> members, Optional<Contact> contactPerson,
                           Optional<Plan> plan, List<ProvisionLine> provisions, List<Meeting> meetingsHeld,
                           List<PlannedMeeting> meetingsPlanned) {

    public record Member(long personId, String firstName, String lastName, int age, String maskedBsn) {
    }

    public record Contact(String fullName, String email) {
    }

    /**
     * @param agreed   whether the family agreed to this version
     * @param mayAgree whether the signed-in member can agree to it now
     * @param changes  what changed since the version the family agreed to, when it agreed to an earlier one
     */
    public record Plan(int number, Instant createdAt, List<Goal> goals, List<Agreement> agreements,
                       List<Involved> involved, boolean agreed, boolean mayAgree, Optional<PlanComparison> changes) {
    }

    /** The first name of the member, for items that concern one member; empty for an unknown or hidden member. */
    public Optional<String> firstNameOf(Long personId) {
        return members.stream().filter(member -> personId != null && member.personId() == personId)
                .map(Member::firstName).findFirst();
    }
}
