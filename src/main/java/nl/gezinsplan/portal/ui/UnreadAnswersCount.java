package nl.gezinsplan.portal.ui;

import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.portal.Questions;
import org.springframework.stereotype.Component;

/** The answers a family member has not read yet, beside their questions page in the navigation. */
@Component
class UnreadAnswersCount implements MenuCount {

    private final Questions questions;
    private final FamilyAccounts accounts;

    UnreadAnswersCount(Questions questions, FamilyAccounts accounts) {
        this.questions = questions;
        this.accounts = accounts;
    }

    @Override
    public String path() {
        return QuestionsView.PATH;
    }

    @Override
    public long count() {
        return questions.unreadAnswers();
    }

    @Override
    public List<String> topics() {
        return accounts.signedIn().map(member -> List.of(LiveUpdates.family(member.familyId()))).orElse(List.of());
    }
}
