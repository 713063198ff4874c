package nl.gezinsplan.family;

import java.util.Map;

/** The names of families and of some of their members, to show whom a line in a list is about; nothing else. */
public record FamilyNames(Map<Long, String> families, Map<Long, String> persons) {

    public static final FamilyNames NONE = new FamilyNames(Map.of(), Map.of());

    /** The family's name, or null when the caller may not read the family. */
    public String family(Long familyId) {
        return familyId == null ? null : families.get(familyId);
    }

    /** The person's full name, or null when the caller may not read their family. */
    public String person(Long personId) {
        return personId == null ? null : persons.get(personId);
    }
}
