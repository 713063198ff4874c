package nl.gezinsplan.family;

import java.time.LocalDate;
import java.time.Period;

/**
 * A family member signed in to the portal: the person their account is linked to.
 *
 * @param username the member's login
 */
public record FamilyMember(String username, long personId, long familyId, String firstName, String lastName,
                           FamilyRole familyRole, LocalDate birthDate) {

    /** From this age a youth has their own say: items that concern only them are theirs, not their parents'. */
    public static final int OWN_SAY_AGE = 16;

    public String fullName() {
        return Person.fullName(firstName, lastName);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** A child of 16 or older: sees the shared family items and their own, and their own are hidden from the others. */
    public boolean hasOwnSayOn(LocalDate day) {
        return hasOwnSay(familyRole, ageOn(day));
    }

    static boolean hasOwnSay(FamilyRole role, int age) {
        return role == FamilyRole.CHILD && age >= OWN_SAY_AGE;
    }

    /** Parents and other adults see the whole plan, so they are the ones who agree to it. */
    public boolean mayAgreeToPlanOn(LocalDate day) {
        return familyRole != FamilyRole.CHILD && ageOn(day) >= 18;
    }
}
