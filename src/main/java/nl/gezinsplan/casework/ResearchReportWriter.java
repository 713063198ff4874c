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
 * Writes the research report (onderzoeksverslag) the Wmo requires in writing: the municipality, whom and which request
 * it is about, the conversation, the ladder's four questions with their answers, the conclusion, and how the family
 * gives its view. Always in Dutch, from {@code casework/research-report.properties}, on the page flow of the decision
 * letter ({@link PdfText}): a heading never ends a page.
 */
@Component
class ResearchReportWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);

    private final String municipality;
    private final String phone;
    private final MessageSource texts;

    ResearchReportWriter(@Value("${gezinsplan.decision.municipality}") String municipality,
                         @Value("${gezinsplan.decision.phone}") String phone) {
        this.municipality = municipality;
        this.phone = phone;
        ResourceBundleMessageSource reportTexts = new ResourceBundleMessageSource();
        reportTexts.setBasename("casework/research-report");
        reportTexts.setDefaultEncoding("UTF-8");
        reportTexts.setFallbackToSystemLocale(false);
        reportTexts.setAlwaysUseMessageFormat(true);
        this.texts = reportTexts;
    }

    byte[] write(Request request, ResearchReport report, MemberFacts person, String consultant) {
        try (PdfText pdf = new PdfText(text("report.document-title", reference(request)),
                text("report.municipality", municipality), "nl-NL")) {
            pdf.title(text("report.municipality", municipality));
            pdf.heading(text("report.title"));
            pdf.space();
            pdf.field(text("report.concerns"), text("report.concerns.value",
                    person.firstName() + " " + person.lastName(), date(person.birthDate())));
            pdf.field(text("report.request"), text("report.request.value", reference(request),
                    date(request.getRequestedOn())));
            pdf.field(text("report.conversation"), date(report.getConversationOn()));
            pdf.field(text("report.participants"), report.getParticipants());
            pdf.field(text("report.consultant"), consultant);
            section(pdf, text("report.own-strength"), report.getOwnStrength());
            section(pdf, text("report.network"), report.getNetwork());
            section(pdf, text("report.general-provisions"), report.getGeneralProvisions());
            section(pdf, text("report.needed"), report.getNeeded());
            section(pdf, text("report.conclusion"), report.getConclusion());
            // a phone number is never broken over two lines
            section(pdf, text("report.view"), text("report.view.how", phone.replace(' ', '\u00a0')));
            section(pdf, text("report.next"), text("report.next.what"));
            return pdf.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(PdfText pdf, String heading, String body) throws IOException {
        pdf.heading(heading);
        pdf.line(body);
    }

    /** The request's number as it is, not formatted as an amount ("1.234"). */
    private static String reference(Request request) {
        return Long.toString(request.getId());
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, DUTCH);
    }
}
