package nl.gezinsplan.portal;

import java.util.List;

/** A family member's questions to the municipality and the answers, oldest first: what staff see on the family page. */
public record MemberQuestions(long personId, String memberName, List<QuestionOrAnswer> items) {

    public boolean waitingForAnswer() {
        return items.stream().anyMatch(QuestionOrAnswer::waitingForAnswer);
    }
}
