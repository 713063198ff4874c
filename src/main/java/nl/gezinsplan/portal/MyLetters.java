package nl.gezinsplan.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gezinsplan.casework.ExtensionLetter;
import nl.gezinsplan.casework.TermChanges;
import nl.gezinsplan.decision.DecisionLetterFile;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.objection.ObjectionLetterSummary;
import nl.gezinsplan.objection.ObjectionLetters;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters (beschikkingen) a signed-in member may read: those of their own family about the members they
 * see, so a letter about a youth of 16 or older is theirs, not their parents'. {@link DecisionLetters} checks and
 * audits every read and download. Each member's letters are new to them until they saw them listed ({@link #read()}).
 */
@Service
@Transactional
public class MyLetters {

    private final FamilyAccounts accounts;
    private final DecisionLetters letters;
    private final TermChanges termChanges;
    private final ObjectionLetters objectionLetters;
    private final JdbcClient jdbc;
    private final Clock clock;

    MyLetters(FamilyAccounts accounts, DecisionLetters letters, TermChanges termChanges,
              ObjectionLetters objectionLetters, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.letters = letters;
        this.termChanges = termChanges;
        this.objectionLetters = objectionLetters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every letter the signed-in member may read, as the portal lists them; from now on none of them is new to them. */
    public MyLetterList read() {
        FamilyMember member = accounts.requireSignedIn();
        MyLetterList all = new MyLetterList(list(), extensions(), objections());
        Set<String> unseen = new HashSet<>(keysOf(all));
        unseen.removeAll(seenBy(member));
        Timestamp now = Timestamp.from(clock.instant());
        unseen.forEach(letter -> jdbc.sql("""
                        insert into portal_letter_seen (person_id, letter, seen_at) values (:personId, :letter, :now)
                        on conflict do nothing""")
                .param("personId", member.personId()).param("letter", letter).param("now", now)
                .update());
        return all;
    }

    /** How many of the letters the signed-in member may read they have not seen listed yet. */
    public long unseen() {
        FamilyMember member = accounts.requireSignedIn();
        Set<String> seen = seenBy(member);
        return keysOf(new MyLetterList(list(), extensions(), objections())).stream()
                .filter(letter -> !seen.contains(letter))
                .count();
    }

    private Set<String> seenBy(FamilyMember member) {
        return new HashSet<>(jdbc.sql("select letter from portal_letter_seen where person_id = :personId")
                .param("personId", member.personId()).query(String.class).list());
    }

    /** A letter's name in {@code portal_letter_seen}: its kind and its id. */
    private static List<String> keysOf(MyLetterList all) {
        return Stream.of(all.decisions().stream().map(letter -> "decision:" + letter.id()),
                        all.extensions().stream().map(letter -> "extension:" + letter.requestId()),
                        all.objections().stream().map(letter -> "objection:" + letter.objectionId()))
                .flatMap(keys -> keys)
                .toList();
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
