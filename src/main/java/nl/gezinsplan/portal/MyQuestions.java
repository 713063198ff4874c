package nl.gezinsplan.portal;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in member's own questions to the municipality and the answers, oldest first, and the contact person they write to.
 * Answers the member had not read yet still have no {@link QuestionOrAnswer#readAt()}: they are new to them.
 */
public record MyQuestions(Optional<String> contactPerson, List<QuestionOrAnswer> items) {
}
