package nl.gezinsplan.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.pdf.PdfText;
import nl.gezinsplan.security.DirectoryUser;
import org.springframework.stereotype.Component;

/**
 * Writes the letter of a decision on a right to income support: a measure (maatregel), or a re-examination that
 * changed or ended the right. The letterhead, objection clause and signature are the decision letter's
 * ({@link DecisionLetterWriter}); the texts are in {@code decision/letter.properties}, in Dutch.
 */
@Component
class RightLetterWriter {

    private final DecisionLetterWriter letters;

    RightLetterWriter(DecisionLetterWriter letters) {
        this.letters = letters;
    }

    byte[] write(RightDecision decision, Optional<DirectoryUser> signatory) {
        String kind = decision.kind().name();
        String reference = text("letter.right.reference." + kind, Long.toString(decision.subjectId()));
        try (PdfText letter = new PdfText(reference, text("letter.municipality", letters.letterhead()), "nl-NL")) {
            letters.letterhead(letter);
            letter.line(decision.personName());
            for (String line : decision.address()) {
                letter.line(line);
            }
            letter.space();
            letter.space();
            letter.field(text("letter.date"), DecisionLetterWriter.date(decision.decidedOn()));
            letter.field(text("letter.reference"), reference);
            letter.field(text("letter.subject"), text("letter.right.subject." + kind));
            letter.field(text("letter.concerns"), text("letter.concerns.value", decision.personName(),
                    DecisionLetterWriter.date(decision.personBirthDate())));
            letter.space();
            letter.paragraph(text("letter.salutation", decision.personName()));
            letter.paragraph(text("letter.right.intro." + kind, decision.right()));
            letter.heading(text("letter.decision"));
            decision(letter, decision);
            letter.heading(text("letter.reasons"));
            for (String line : decision.text().strip().split("\\R")) {
                if (line.isBlank()) {
                    letter.space();
                } else {
                    letter.line(line);
                }
            }
            letter.space();
            letter.paragraph(text("letter.right.legal-basis." + kind, letters.letterhead()));
            letters.objection(letter);
            letters.signature(letter, Law.PARTICIPATIEWET, signatory);
            return letter.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void decision(PdfText letter, RightDecision decision) throws IOException {
        switch (decision.kind()) {
            case MEASURE -> {
                letter.paragraph(text("letter.right.measure", decision.right(), decision.percentage(),
                        decision.months()));
                letter.field(text("letter.right.measure.obligation"),
                        text("letter.right.obligation." + decision.obligation()));
                letter.field(text("letter.right.measure.percentage"),
                        text("letter.right.measure.percentage.value", decision.percentage()));
                letter.field(text("letter.right.measure.period"), text("letter.provision.period.closed",
                        DecisionLetterWriter.date(decision.startsOn()), DecisionLetterWriter.date(decision.endsOn())));
                letter.space();
                letter.paragraph(text("letter.right.measure.payment"));
            }
            case RIGHT_CHANGED -> letter.paragraph(text("letter.right.changed", decision.right()));
            case RIGHT_ENDED -> letter.paragraph(text("letter.right.ended", decision.right(),
                    DecisionLetterWriter.date(decision.endsOn())));
            default -> throw new IllegalArgumentException("No letter on a right for " + decision.kind());
        }
    }

    private String text(String key, Object... arguments) {
        return letters.text(key, arguments);
    }
}
