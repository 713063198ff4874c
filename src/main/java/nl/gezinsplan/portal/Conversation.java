package nl.gezinsplan.portal;

import java.util.List;

/** The messages between one family member and the municipality, oldest first: what staff see on the family page. */
public record Conversation(long personId, String memberName, List<FamilyMessage> messages) {

    public boolean waitingForAnswer() {
        return messages.stream().anyMatch(FamilyMessage::waitingForAnswer);
    }
}
