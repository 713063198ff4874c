package nl.gezinsplan.family;

import java.time.LocalDate;

/** A family member as other modules know them ({@link FamilyFacts}): without BSN. */
public record MemberFacts(long id, long familyId, String firstName, String lastName, FamilyRole role,
                          LocalDate birthDate) {

    static MemberFacts of(Person person) {
        return new MemberFacts(person.getId(), person.getFamilyId(), person.getFirstName(), person.getLastName(),
                person.getFamilyRole(), person.getBirthDate());
    }

    /** The member's display name, as {@link Person#fullName()}. */
    public String name() {
        return Person.fullName(firstName, lastName);
    }
}
