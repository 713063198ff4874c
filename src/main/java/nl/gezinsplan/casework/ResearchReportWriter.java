package nl.gezinsplan.casework;

import static nl.gezinsplan.base.pdf.PdfPages.leading;
import static nl.gezinsplan.base.pdf.PdfPages.printable;
import static nl.gezinsplan.base.pdf.PdfPages.wrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.gezinsplan.base.pdf.PdfPages;
import nl.gezinsplan.family.MemberFacts;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the research report (onderzoeksverslag) the Wmo requires in writing: the municipality, whom and which request
 * it is about, the conversation, the ladder's four questions with their answers, the conclusion, and how the family
 * gives its view. Always in Dutch, from {@code casework/research-report.properties}, on the page flow of the decision
 * letter ({@link PdfPages}): a heading never ends a page.
 */
@Component
class ResearchReportWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
    private static final float MARGIN = 64;
    private static final float TEXT_SIZE = 10;
    private static final float HEADING_SIZE = 11;
    private static final float TITLE_SIZE = 18;
    private static final float LABEL_WIDTH = 120;

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
        try (PdfPages pages = new PdfPages(text("report.document-title", reference(request)),
                text("report.municipality", municipality), "nl-NL", MARGIN)) {
            Writer writer = new Writer(pages);
            writer.text(pages.bold(), TITLE_SIZE, text("report.municipality", municipality));
            writer.text(pages.bold(), HEADING_SIZE, text("report.title"));
            writer.space();
            writer.field(text("report.concerns"), text("report.concerns.value",
                    person.firstName() + " " + person.lastName(), date(person.birthDate())));
            writer.field(text("report.request"), text("report.request.value", reference(request),
                    date(request.getRequestedOn())));
            writer.field(text("report.conversation"), date(report.getConversationOn()));
            writer.field(text("report.participants"), report.getParticipants());
            writer.field(text("report.consultant"), consultant);
            writer.section(text("report.own-strength"), report.getOwnStrength());
            writer.section(text("report.network"), report.getNetwork());
            writer.section(text("report.general-provisions"), report.getGeneralProvisions());
            writer.section(text("report.needed"), report.getNeeded());
            writer.section(text("report.conclusion"), report.getConclusion());
            // a phone number is never broken over two lines
            writer.section(text("report.view"), text("report.view.how", phone.replace(' ', '\u00a0')));
            writer.section(text("report.next"), text("report.next.what"));
            return pages.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes from the top down: text wraps within the margins, and a heading keeps two lines of its text with it. */
    private record Writer(PdfPages pages) {

        void section(String heading, String body) throws IOException {
            space();
            pages.makeRoom(leading(HEADING_SIZE) + 2 * leading(TEXT_SIZE));
            text(pages.bold(), HEADING_SIZE, heading);
            text(pages.regular(), TEXT_SIZE, body);
        }

        void field(String label, String value) throws IOException {
            pages.makeRoom(leading(TEXT_SIZE));
            float top = pages.y();
            write(pages.bold(), TEXT_SIZE, pages.margin(), LABEL_WIDTH, label);
            pages.moveTo(top);
            write(pages.regular(), TEXT_SIZE, pages.margin() + LABEL_WIDTH, pages.width() - LABEL_WIDTH, value);
        }

        void text(PDFont font, float size, String text) throws IOException {
            write(font, size, pages.margin(), pages.width(), text);
        }

        void space() {
            pages.down(TEXT_SIZE * 0.7f);
        }

        private void write(PDFont font, float size, float x, float width, String text) throws IOException {
            for (String paragraph : text.split("\\R")) {
                String words = printable(font, paragraph.strip().replaceAll("\\s+", " "));
                for (String line : wrap(font, size, width, words)) {
                    pages.makeRoom(leading(size));
                    pages.down(leading(size));
                    PDPageContentStream page = pages.page();
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(x, pages.y());
                    page.showText(line);
                    page.endText();
                }
            }
        }
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
