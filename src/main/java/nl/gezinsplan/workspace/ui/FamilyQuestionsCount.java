package nl.gezinsplan.workspace.ui;

import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.portal.Conversations;
import org.springframework.stereotype.Component;

/** The families' messages waiting for an answer in the signed-in consultant's caseload, beside their list. */
@Component
class FamilyQuestionsCount implements MenuCount {

    private final Conversations conversations;

    FamilyQuestionsCount(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String path() {
        return FamilyQuestionsView.PATH;
    }

    @Override
    public long count() {
        return conversations.waitingForMe();
    }
}
