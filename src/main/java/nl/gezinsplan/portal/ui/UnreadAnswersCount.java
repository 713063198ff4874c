package nl.gezinsplan.portal.ui;

import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.portal.Conversations;
import org.springframework.stereotype.Component;

/** The answers a family member has not read yet, beside their questions page in the navigation. */
@Component
class UnreadAnswersCount implements MenuCount {

    private final Conversations conversations;

    UnreadAnswersCount(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String path() {
        return QuestionsView.PATH;
    }

    @Override
    public long count() {
        return conversations.unreadAnswers();
    }
}
