package nl.gezinsplan.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.gezinsplan.base.pdf.PdfText;
import nl.gezinsplan.family.MemberFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the letter that tells the family its request's term is extended (verdaging, Awb 4:14): whom and which
 * request it is about, the term as it was and the new date, why, and whom to ask. Always in Dutch, from
 * {@code casework/extension-letter.properties}, on the page flow of the decision letter ({@link PdfText}).
 */
@Component
class ExtensionLetterWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);

    private final String municipality;
    private final String phone;
    private final MessageSource texts;

    ExtensionLetterWriter(@Value("${gezinsplan.decision.municipality}") String municipality,
                          @Value("${gezinsplan.decision.phone}") String phone) {
        this.municipality = municipality;
        this.phone = phone;
        ResourceBundleMessageSource letterTexts = new ResourceBundleMessageSource();
        letterTexts.setBasename("casework/extension-letter");
        letterTexts.setDefaultEncoding("UTF-8");
        letterTexts.setFallbackToSystemLocale(false);
        letterTexts.setAlwaysUseMessageFormat(true);
        this.texts = letterTexts;
    }

    byte[] write(Request request, TermExtension extension, MemberFacts person, String consultant, LocalDate today) {
        String reference = Long.toString(request.getId());
        try (PdfText pdf = new PdfText(text("letter.document-title", reference),
                text("letter.municipality", municipality), "nl-NL")) {
            pdf.title(text("letter.municipality", municipality));
            pdf.heading(text("letter.title"));
            pdf.space();
            pdf.field(text("letter.concerns"), text("letter.concerns.value",
                    person.firstName() + " " + person.lastName(), date(person.birthDate())));
            pdf.field(text("letter.request"), text("letter.request.value", reference, date(request.getRequestedOn())));
            pdf.field(text("letter.consultant"), consultant);
            pdf.field(text("letter.date"), date(today));
            pdf.heading(text("letter.term"));
            pdf.line(text("letter.term.what", date(extension.getPreviousDue()), date(extension.getExtendedTo())));
            pdf.heading(text("letter.reason"));
            pdf.line(extension.getReason());
            pdf.heading(text("letter.questions"));
            // a phone number is never broken over two lines
            pdf.line(text("letter.questions.how", phone.replace(' ', '\u00a0')));
            return pdf.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, DUTCH);
    }
}
