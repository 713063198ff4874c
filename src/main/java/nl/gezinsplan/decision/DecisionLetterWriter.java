package nl.gezinsplan.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.pdf.PdfText;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.security.DirectoryUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the decision letter: letterhead, addressee, the decision with its provisions, its reasons and legal basis,
 * the objection clause and the signature. Always in Dutch, from {@code decision/letter.properties}; the words for
 * units, frequencies and laws are the casework module's Dutch ones.
 */
@Component
@EnableConfigurationProperties(Letterhead.class)
public class DecisionLetterWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
    /** Greeting, college, "on behalf of", room to sign, name and team, with the spaces between: one block. */
    private static final int SIGNATURE_LINES = 8;
    /** A line of the motivation that starts so is printed as a bullet. */
    static final String BULLET = "- ";
    private static final List<String> OBJECTION_CONTENTS = List.of("name", "date", "decision", "grounds", "signature");

    private final Letterhead letterhead;
    private final MessageSource texts;

    DecisionLetterWriter(Letterhead letterhead, MessageSource messages) {
        this.letterhead = letterhead;
        ResourceBundleMessageSource letterTexts = new ResourceBundleMessageSource();
        letterTexts.setBasename("decision/letter");
        letterTexts.setDefaultEncoding("UTF-8");
        letterTexts.setFallbackToSystemLocale(false);
        letterTexts.setAlwaysUseMessageFormat(true);
        letterTexts.setParentMessageSource(messages);
        this.texts = letterTexts;
    }

    /** The municipality's name, as the letterhead gives it. */
    String letterhead() {
        return letterhead.municipality();
    }

    /** The letter as PDF, signed on behalf of the college by {@code signatory} when someone is signed in. */
    byte[] write(Decision decision, Optional<DirectoryUser> signatory) {
        try (PdfText letter = new PdfText(text("letter.document-title", reference(decision)),
                text("letter.municipality", letterhead.municipality()), "nl-NL")) {
            letterhead(letter);
            addressee(letter, decision);
            letter.paragraph(text("letter.salutation", names(decision.addressees())));
            letter.paragraph(text(decision.kind() == DecisionKind.PROVISIONAL ? "letter.intro.provisional"
                    : "letter.intro", date(decision.requestedOn()), decision.personName(),
                    text("letter.law." + decision.law())));
            letter.heading(text("letter.decision"));
            if (decision.kind() == DecisionKind.PROVISIONAL) {
                letter.paragraph(text("letter.provisional", decision.personName()));
                letter.paragraph(text("letter.provisional.follows"));
            } else if (decision.kind() == DecisionKind.GRANTED) {
                letter.paragraph(text("letter.granted", decision.personName()));
            } else {
                letter.paragraph(text("letter.refused"));
                if (!decision.provisions().isEmpty()) {
                    letter.paragraph(text("letter.refused.asked"));
                }
            }
            for (Decision.DecidedProvision provision : decision.provisions()) {
                provision(letter, provision);
            }
            reasons(letter, decision);
            objection(letter);
            signature(letter, decision, signatory);
            return letter.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void letterhead(PdfText letter) throws IOException {
        letter.title(text("letter.municipality", letterhead.municipality()));
        letter.line(text("letter.sender", letterhead.postalAddress(), letterhead.phone()));
        letter.space();
        letter.space();
    }

    private void addressee(PdfText letter, Decision decision) throws IOException {
        for (String line : decision.addressees()) {
            letter.line(line);
        }
        for (String line : decision.address()) {
            letter.line(line);
        }
        letter.space();
        letter.space();
        letter.field(text("letter.date"), date(decision.decidedOn()));
        letter.field(text("letter.reference"), text("letter.reference.value", reference(decision)));
        letter.field(text("letter.subject"), text("letter.subject." + decision.kind(),
                text("casework.law." + decision.law())));
        letter.field(text("letter.concerns"), text("letter.concerns.value", decision.personName(),
                date(decision.personBirthDate())));
        letter.space();
    }

    private void provision(PdfText letter, Decision.DecidedProvision provision) throws IOException {
        letter.field(text("letter.provision.product"), text("letter.provision.product.value",
                provision.productCode(), provision.productName(), provision.categoryCode()));
        letter.field(text("letter.provision.provider"), provision.providerName());
        letter.field(text("letter.provision.volume"), text("casework.volume." + provision.unit(), provision.volume())
                + " " + text("casework.frequency." + provision.frequency()));
        letter.field(text("letter.provision.period"), provision.end() == null
                ? text("letter.provision.period.open", date(provision.start()))
                : text("letter.provision.period.closed", date(provision.start()), date(provision.end())));
        letter.space();
    }

    private void reasons(PdfText letter, Decision decision) throws IOException {
        letter.heading(text("letter.reasons"));
        String motivation = decision.motivation() == null ? draft(decision) : decision.motivation();
        for (String line : motivation.strip().split("\\R")) {
            if (line.isBlank()) {
                letter.space();
            } else if (line.startsWith(BULLET)) {
                letter.bullet(line.substring(BULLET.length()));
            } else {
                letter.line(line);
            }
        }
        letter.space();
        if (decision.kind() == DecisionKind.REFUSED && decision.alternatives() != null
                && !decision.alternatives().isBlank()) {
            letter.heading(text("letter.alternatives"));
            letter.line(text("letter.alternatives.intro"));
            letter.paragraph(decision.alternatives());
        }
        letter.paragraph(text("letter.legal-basis." + decision.law(), letterhead.municipality()));
    }

    /**
     * The motivation as the case gives it: the ladder (what the family can do itself, its network, general provisions),
     * what triage found, the "nee, tenzij" check and, for a refusal, its coded reasons in words. The consultant starts
     * from this and writes the letter's motivation, for a grant or a refusal; a letter without one gets it as it is. The route
     * records reasons with every refusal, but one refused with the engine alone (its tasklist) has none on file.
     */
    String draft(Decision decision) {
        List<String> paragraphs = new ArrayList<>();
        if (decision.kind() == DecisionKind.GRANTED) {
            paragraphs.add(text("letter.draft.ladder", decision.personName()));
        } else {
            paragraphs.add(text("letter.reasons.refused"));
        }
        if (!decision.triageReasons().isEmpty()) {
            paragraphs.add(text("letter.draft.triage", decision.triageReasons().stream().sorted()
                    .map(reason -> text("letter.triage-reason." + reason)).collect(Collectors.joining(", "))));
        }
        if (decision.atPanel()) {
            paragraphs.add(text("letter.draft.panel"));
        }
        if (decision.kind() == DecisionKind.GRANTED) {
            if (decision.neeTenzij() == NeeTenzijOutcome.YES) {
                paragraphs.add(text("letter.draft.nee-tenzij"));
            }
            paragraphs.add(text("letter.draft.plan"));
        } else if (!decision.refusalReasons().isEmpty()) {
            paragraphs.add(text("letter.reasons.refused.codes", decision.refusalReasons().size()) + "\n"
                    + decision.refusalReasons().stream().map(reason -> BULLET + text("letter.reason." + reason))
                    .collect(Collectors.joining("\n")));
        }
        return String.join("\n\n", paragraphs);
    }

    void objection(PdfText letter) throws IOException {
        letter.heading(text("letter.objection"));
        letter.line(text("letter.objection.where", letterhead.municipality(), letterhead.postalAddress()));
        for (String part : OBJECTION_CONTENTS) {
            letter.bullet(text("letter.objection." + part));
        }
        letter.space();
        letter.paragraph(text("letter.objection.effect"));
    }

    private void signature(PdfText letter, Decision decision, Optional<DirectoryUser> signatory) throws IOException {
        signature(letter, decision.law(), signatory);
    }

    /** The questions paragraph, greeting and signature on behalf of the college, by the law's team. */
    public void signature(PdfText letter, Law law, Optional<DirectoryUser> signatory) throws IOException {
        // the signature never stands alone on a page: the last paragraph goes with it
        String questions = text("letter.questions", letterhead.phone());
        letter.keepTogether(questions, SIGNATURE_LINES);
        letter.paragraph(questions);
        letter.line(text("letter.regards"));
        letter.line(text("letter.college", letterhead.municipality()));
        letter.line(text("letter.on-behalf"));
        letter.space();
        letter.space();
        if (signatory.isPresent()) {
            letter.line(signatory.get().fullName());
        }
        letter.line(text("letter.team." + law));
    }

    /** "Sam", "Sam en Ilse", "Sam, Ilse en Jan". */
    private String names(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0)
                : text("letter.names", String.join(", ", names.subList(0, last)), names.get(last));
    }

    /** The request's number as it is, not formatted as an amount ("1.234"). */
    private static String reference(Decision decision) {
        return Long.toString(decision.requestId());
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, DUTCH);
    }
}
