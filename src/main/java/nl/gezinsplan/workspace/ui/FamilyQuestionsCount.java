package nl.gezinsplan.workspace.ui;

import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.portal.Questions;
import org.springframework.stereotype.Component;

/** The families' questions waiting for an answer in the signed-in consultant's caseload, beside their list. */
@Component
class FamilyQuestionsCount implements MenuCount {

    private final Questions questions;

    FamilyQuestionsCount(Questions questions) {
        this.questions = questions;
    }

    @Override
    public String path() {
        return FamilyQuestionsView.PATH;
    }

    @Override
    public long count() {
        return questions.waitingForMe();
    }

    @Override
    public List<String> topics() {
        return List.of(LiveUpdates.FAMILY_QUESTIONS);
    }
}
