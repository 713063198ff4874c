package nl.gezinsplan.portal.ui;

import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.portal.Questions;
import org.springframework.stereotype.Component;

/** The answers a family member has not read yet, beside their questions page in the navigation. */
@Component
class UnreadAnswersCount implements MenuCount {

    private final Questions questions;

    UnreadAnswersCount(Questions questions) {
        this.questions = questions;
    }

    @Override
    public String path() {
        return QuestionsView.PATH;
    }

    @Override
    public long count() {
        return questions.unreadAnswers();
    }
}
