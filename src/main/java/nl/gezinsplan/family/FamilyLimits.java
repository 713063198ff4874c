package nl.gezinsplan.family;

import nl.gezinsplan.base.TextLimit;

/** How long what people type about a family and its members may be: the lengths of the columns. */
public final class FamilyLimits {

    public static final TextLimit NAME = new TextLimit("family", "name", 200, "family.name");
    public static final TextLimit STREET = new TextLimit("family", "street", 200, "family.street");
    public static final TextLimit HOUSE_NUMBER = new TextLimit("family", "house_number", 20, "family.house-number");
    public static final TextLimit POSTAL_CODE = new TextLimit("family", "postal_code", 7, "family.postal-code");
    public static final TextLimit CITY = new TextLimit("family", "city", 100, "family.city");
    public static final TextLimit DISTRICT = new TextLimit("family", "district", 100, "family.district");
    public static final TextLimit FIRST_NAME = new TextLimit("person", "first_name", 100, "family.person.first-name");
    public static final TextLimit LAST_NAME = new TextLimit("person", "last_name", 150, "family.person.last-name");

    private FamilyLimits() {
    }
}
