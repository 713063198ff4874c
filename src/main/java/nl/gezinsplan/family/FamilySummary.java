package nl.gezinsplan.family;

/** A line in a family list: enough to recognise the family, nothing of its case. */
public record FamilySummary(long id, String name, String address, String district, int members,
                            String contactPerson) {
}
