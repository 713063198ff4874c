package nl.gezinsplan.family;

import java.util.List;

/**
 * A line in a family list: enough to recognise the family, nothing of its case. Its members by name and birth year
 * tell two families of the same name apart; {@code match} says why a search found it (null outside a search).
 */
public record FamilySummary(long id, String name, String address, String district, List<Member> members,
                            String contactPerson, Match match) {

    /** A member as a list shows them. */
    public record Member(String name, int birthYear) {
    }

    /** What a search matched: the family's name, or a member's name, BSN or birth date ({@code member} names them). */
    public record Match(Field field, String member) {

        public enum Field { FAMILY_NAME, MEMBER_NAME, BSN, BIRTH_DATE }
    }

    FamilySummary withContactPerson(String contactPerson) {
        return new FamilySummary(id, name, address, district, members, contactPerson, match);
    }

    FamilySummary withMembers(List<Member> members, Match match) {
        return new FamilySummary(id, name, address, district, members, contactPerson, match);
    }
}
