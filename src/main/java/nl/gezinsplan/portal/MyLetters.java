package nl.gezinsplan.portal;

import java.util.List;
import java.util.Set;
import nl.gezinsplan.casework.ExtensionLetter;
import nl.gezinsplan.casework.TermChanges;
import nl.gezinsplan.decision.DecisionLetterFile;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.objection.ObjectionLetterSummary;
import nl.gezinsplan.objection.ObjectionLetters;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters (beschikkingen) a signed-in member may read: those of their own family about the members they
 * see, so a letter about a youth of 16 or older is theirs, not their parents'. {@link DecisionLetters} checks and
 * audits every read and download.
 */
@Service
@Transactional
public class MyLetters {

    private final FamilyAccounts accounts;
    private final DecisionLetters letters;
    private final TermChanges termChanges;
    private final ObjectionLetters objectionLetters;

    MyLetters(FamilyAccounts accounts, DecisionLetters letters, TermChanges termChanges,
              ObjectionLetters objectionLetters) {
        this.accounts = accounts;
        this.letters = letters;
        this.termChanges = termChanges;
        this.objectionLetters = objectionLetters;
    }

    /** Newest first. */
    public List<DecisionLetterSummary> list() {
        FamilyMember member = accounts.requireSignedIn();
        Set<Long> visible = accounts.visiblePersonIds(member);
        return letters.lettersOf(member.familyId()).stream()
                .filter(letter -> visible.contains(letter.personId()))
                .toList();
    }

    public DecisionLetterFile download(long letterId) {
        accounts.requireSignedIn();
        return letters.download(letterId);
    }

    /** The letters that said a request's term was extended (verdaging), of members the member sees; newest first. */
    public List<ExtensionLetter> extensions() {
        FamilyMember member = accounts.requireSignedIn();
        Set<Long> visible = accounts.visiblePersonIds(member);
        return termChanges.lettersOf(member.familyId()).stream()
                .filter(letter -> visible.contains(letter.personId()))
                .toList();
    }

    public byte[] downloadExtension(long requestId) {
        accounts.requireSignedIn();
        return termChanges.letter(requestId);
    }

    /** The letters with the decision on an objection, of members the member sees; newest first. */
    public List<ObjectionLetterSummary> objections() {
        FamilyMember member = accounts.requireSignedIn();
        Set<Long> visible = accounts.visiblePersonIds(member);
        return objectionLetters.lettersOf(member.familyId()).stream()
                .filter(letter -> visible.contains(letter.personId()))
                .toList();
    }

    public DecisionLetterFile downloadObjection(long objectionId) {
        accounts.requireSignedIn();
        return objectionLetters.download(objectionId);
    }
}
