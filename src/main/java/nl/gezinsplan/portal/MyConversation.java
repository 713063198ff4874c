package nl.gezinsplan.portal;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in member's own conversation with the municipality, oldest first, and the contact person they write to.
 * Answers the member had not read yet still have no {@link FamilyMessage#readAt()}: they are new to them.
 */
public record MyConversation(Optional<String> contactPerson, List<FamilyMessage> messages) {
}
