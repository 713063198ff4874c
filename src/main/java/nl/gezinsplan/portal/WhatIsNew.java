package nl.gezinsplan.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.plan.PlanVersion;
import nl.gezinsplan.plan.Plans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is new for the signed-in member, for the portal's home page ("Nieuw voor u"): only what they may see, each
 * part read through the service that checks and audits it.
 */
@Service
@Transactional
public class WhatIsNew {

    private final FamilyAccounts accounts;
    private final Questions questions;
    private final MyLetters letters;
    private final Plans plans;
    private final Clock clock;

    WhatIsNew(FamilyAccounts accounts, Questions questions, MyLetters letters, Plans plans, Clock clock) {
        this.accounts = accounts;
        this.questions = questions;
        this.letters = letters;
        this.plans = plans;
        this.clock = clock;
    }

    public News forMe() {
        FamilyMember member = accounts.requireSignedIn();
        return new News(questions.unreadAnswers(), letters.unseen(), planToAgree(member));
    }

    /** The current plan version when this member is one who agrees to it and the family has not agreed to it yet. */
    private Optional<Integer> planToAgree(FamilyMember member) {
        if (!member.mayAgreeToPlanOn(LocalDate.now(clock))) {
            return Optional.empty();
        }
        long familyId = member.familyId();
        return plans.current(familyId)
                .filter(version -> !plans.currentVersionAgreed(familyId))
                .map(PlanVersion::number);
    }

    /**
     * @param unreadAnswers the answers of the contact person (or a colleague) to the member's own questions, not read yet
     * @param newLetters    the letters about members they see that they have not seen listed yet
     * @param planToAgree   the number of the plan version waiting for their agreement
     */
    public record News(long unreadAnswers, long newLetters, Optional<Integer> planToAgree) {

        public boolean isEmpty() {
            return unreadAnswers == 0 && newLetters == 0 && planToAgree.isEmpty();
        }
    }
}
