package nl.gezinsplan.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality as its letters name it.
 *
 * @param municipality  the municipality's name, on the letterhead ("Gemeente ...") and in the objection clause
 * @param postalAddress where the family sends an objection, to the college of mayor and aldermen
 * @param phone         the number the family calls with questions
 */
@ConfigurationProperties("gezinsplan.decision")
public record Letterhead(String municipality, String postalAddress, String phone) {
}
