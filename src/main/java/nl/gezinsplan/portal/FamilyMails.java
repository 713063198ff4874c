package nl.gezinsplan.portal;

import java.util.Locale;
import java.util.Optional;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.casework.ExtensionLetterMade;
import nl.gezinsplan.decision.DecisionLetterMade;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.family.MemberFacts;
import nl.gezinsplan.mail.MailComposer;
import nl.gezinsplan.mail.Outbox;
import nl.gezinsplan.objection.ObjectionLetterMade;
import nl.gezinsplan.plan.PlanVersionSaved;
import nl.gezinsplan.security.AccountEmails;
import nl.gezinsplan.security.AccountLanguages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails that tell family members there is something new for them in the portal: an answer from their contact
 * person, a new version of the plan, a letter. Only that there is something and the link, never what (no case
 * content, no names), in the member's language; only to members with portal access who see the item (a youth of 16
 * or older their own, not their parents), who have an address and did not turn these e-mails off. Written to the
 * outbox with the item, or in the reaction to it, once per item and member (a reaction may be offered twice).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class FamilyMails {

    static final String ANSWER = "answer";
    static final String PLAN_VERSION = "plan-version";
    static final String LETTER = "letter";
    static final String QUESTIONS_PATH = "mijn-gezin/vragen";
    static final String PLAN_PATH = "mijn-gezin";
    static final String LETTERS_PATH = "mijn-gezin/hulp";


    private final FamilyFacts families;
    private final FamilyAccounts accounts;
    private final AccountEmails emails;
    private final AccountLanguages languages;
    private final MailComposer composer;
    private final Outbox outbox;

    FamilyMails(FamilyFacts families, FamilyAccounts accounts, AccountEmails emails, AccountLanguages languages,
                MailComposer composer, Outbox outbox) {
        this.families = families;
        this.accounts = accounts;
        this.emails = emails;
        this.languages = languages;
        this.composer = composer;
        this.outbox = outbox;
    }

    /** The contact person answered the person's questions: the answer is theirs alone. */
    void answered(long personId, String itemKey) {
        accounts.activeLoginOf(personId).ifPresent(login -> send(login, ANSWER, QUESTIONS_PATH, itemKey));
    }

    @AfterCommit
    void planVersionSaved(PlanVersionSaved saved) {
        toFamily(saved.familyId(), Optional.empty(), PLAN_VERSION, PLAN_PATH,
                saved.familyId() + "." + saved.planNumber());
    }

    @AfterCommit
    void letterMade(DecisionLetterMade made) {
        toFamily(made.familyId(), Optional.of(made.personId()), LETTER, LETTERS_PATH, "decision." + made.letterId());
    }

    @AfterCommit
    void letterMade(ExtensionLetterMade made) {
        toFamily(made.familyId(), Optional.of(made.personId()), LETTER, LETTERS_PATH,
                "extension." + made.requestId());
    }

    @AfterCommit
    void letterMade(ObjectionLetterMade made) {
        toFamily(made.familyId(), Optional.of(made.personId()), LETTER, LETTERS_PATH,
                "objection." + made.objectionId());
    }

    /** To every member with access who sees what concerns {@code about} (empty: the whole family's, for all). */
    private void toFamily(long familyId, Optional<Long> about, String kind, String path, String itemKey) {
        for (MemberFacts person : families.membersOf(familyId)) {
            accounts.activeLoginOf(person.id()).ifPresent(login -> {
                FamilyMember member = new FamilyMember(login, person.id(), familyId, person.firstName(),
                        person.lastName(), person.role(), person.birthDate());
                if (about.isEmpty() || accounts.visiblePersonIds(member).contains(about.get())) {
                    send(login, kind, path, itemKey);
                }
            });
        }
    }

    private void send(String login, String kind, String path, String itemKey) {
        emails.familyMailTo(login).ifPresent(address -> {
            Locale language = languages.languageOf(login);
            outbox.enqueue(composer.compose(address, language, kind, path), kind + ":" + itemKey + ":" + login);
        });
    }
}
