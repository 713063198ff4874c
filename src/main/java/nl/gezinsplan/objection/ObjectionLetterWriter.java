package nl.gezinsplan.objection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gezinsplan.base.pdf.PdfText;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.decision.DecisionLetterWriter;
import nl.gezinsplan.decision.Letterhead;
import nl.gezinsplan.security.DirectoryUser;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the letter with the decision on an objection: letterhead and addressee as the decision letter, the decision
 * (inadmissible, unfounded, or well-founded with the new decision and what it grants), its reasons (the hearing, the
 * committee's advice, the motivation), the way to appeal and the signature. Always in Dutch, from
 * {@code objection/letter.properties} and the decision letter's own texts.
 */
@Component
class ObjectionLetterWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);

    private final Letterhead letterhead;
    private final DecisionLetterWriter decisionLetters;
    private final MessageSource texts;

    ObjectionLetterWriter(Letterhead letterhead, DecisionLetterWriter decisionLetters, MessageSource messages) {
        this.letterhead = letterhead;
        this.decisionLetters = decisionLetters;
        ResourceBundleMessageSource decisionTexts = bundle("decision/letter");
        decisionTexts.setParentMessageSource(messages);
        ResourceBundleMessageSource objectionTexts = bundle("objection/letter");
        objectionTexts.setParentMessageSource(decisionTexts);
        this.texts = objectionTexts;
    }

    /**
     * What the letter says about whom.
     *
     * @param addressees the parents of a child, otherwise the person concerned
     * @param granted    what a well-founded objection against a refusal grants; empty otherwise
     */
    record Content(Objection objection, String personName, LocalDate personBirthDate, List<String> addressees,
                   List<String> address, List<ProvisionLine> granted) {
    }

    byte[] write(Content content, Optional<DirectoryUser> signatory) {
        Objection objection = content.objection();
        String reference = Long.toString(objection.getId());
        try (PdfText letter = new PdfText(text("objection.letter.document-title", reference),
                text("letter.municipality", letterhead.municipality()), "nl-NL")) {
            letter.title(text("letter.municipality", letterhead.municipality()));
            letter.line(text("letter.sender", letterhead.postalAddress(), letterhead.phone()));
            letter.space();
            letter.space();
            content.addressees().forEach(line -> line(letter, line));
            content.address().forEach(line -> line(letter, line));
            letter.space();
            letter.space();
            letter.field(text("letter.date"), date(objection.getConcludedOn()));
            letter.field(text("letter.reference"), text("objection.letter.reference.value", reference,
                    Long.toString(objection.getRequestId())));
            letter.field(text("letter.subject"), text("objection.letter.subject.value",
                    text("casework.law." + objection.getLaw())));
            letter.field(text("letter.concerns"), text("letter.concerns.value", content.personName(),
                    date(content.personBirthDate())));
            letter.space();
            letter.paragraph(text("letter.salutation", names(content.addressees())));
            letter.paragraph(text("objection.letter.intro", date(objection.getReceivedOn()),
                    date(objection.getDecidedOn()), content.personName()));
            if (objection.isLate()) {
                letter.paragraph(text("objection.letter.late", objection.getLateReason()));
            }
            letter.heading(text("objection.letter.decision"));
            letter.paragraph(text("objection.letter." + objection.getStatus(), date(objection.getDecidedOn())));
            if (!content.granted().isEmpty()) {
                letter.paragraph(text("objection.letter.granted", content.personName()));
                for (ProvisionLine provision : content.granted()) {
                    provision(letter, provision);
                }
            }
            letter.heading(text("objection.letter.reasons"));
            if (objection.getHearingHeldOn() != null) {
                letter.line(text("objection.letter.hearing", date(objection.getHearingHeldOn())));
            }
            if (objection.getAdvice() != null) {
                letter.line(text("objection.letter.advice." + objection.getAdvice()));
            }
            letter.space();
            for (String line : objection.getMotivation().strip().split("\\R")) {
                if (line.isBlank()) {
                    letter.space();
                } else {
                    letter.line(line);
                }
            }
            letter.space();
            letter.paragraph(text("objection.letter.legal-basis"));
            letter.heading(text("objection.letter.appeal"));
            letter.paragraph(text("objection.letter.appeal.how"));
            decisionLetters.signature(letter, objection.getLaw(), signatory);
            return letter.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void provision(PdfText letter, ProvisionLine provision) throws IOException {
        letter.field(text("letter.provision.product"), text("letter.provision.product.value",
                provision.productCode(), provision.productName(), provision.categoryCode()));
        letter.field(text("letter.provision.provider"), provision.providerName());
        letter.field(text("letter.provision.volume"), text("casework.volume." + provision.unit(), provision.volume())
                + " " + text("casework.frequency." + provision.frequency()));
        letter.field(text("letter.provision.period"), provision.allocationEnd() == null
                ? text("letter.provision.period.open", date(provision.allocationStart()))
                : text("letter.provision.period.closed", date(provision.allocationStart()),
                date(provision.allocationEnd())));
        letter.space();
    }

    private static void line(PdfText letter, String line) {
        try {
            letter.line(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String names(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0)
                : text("letter.names", String.join(", ", names.subList(0, last)), names.get(last));
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, DUTCH);
    }

    private static ResourceBundleMessageSource bundle(String basename) {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename(basename);
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
        return bundle;
    }
}
