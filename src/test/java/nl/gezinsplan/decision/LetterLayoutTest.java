package nl.gezinsplan.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.casework.Unit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The letter's layout whatever the length of its motivation: the signature never stands alone on a page, and the
 * draft of the motivation says what the case says.
 */
class LetterLayoutTest {

    private static final String QUESTIONS = "Heeft u vragen over deze brief?";
    private static final String REGARDS = "Met vriendelijke groet,";

    private final DecisionLetterWriter writer = new DecisionLetterWriter(
            new Letterhead("Lelystad", "Postbus 2000, 8200 AA Lelystad", "14 0320"), caseworkTexts());

    @Test
    void theSignatureNeverStandsAloneOnAPage() throws IOException {
        for (int lines = 0; lines <= 60; lines++) {
            String motivation = IntStream.rangeClosed(1, lines).mapToObj(line -> "Regel " + line + " van de motivering.")
                    .collect(Collectors.joining("\n"));
            List<String> pages = pages(writer.write(decision(DecisionKind.GRANTED, lines == 0 ? "Kort." : motivation),
                    Optional.empty()));
            String last = pages.get(pages.size() - 1);
            assertThat(last).as("the last page with %d lines of motivation", lines)
                    .contains(REGARDS, QUESTIONS)
                    .doesNotStartWith(REGARDS);
        }
    }

    @Test
    void theDraftOfAGrantNamesTheLadderWhatTriageFoundThePanelAndTheCheck() {
        String draft = writer.draft(decision(DecisionKind.GRANTED, null));

        assertThat(draft).contains(
                "wat u zelf kunt, wat uw netwerk kan doen en welke algemene voorzieningen er zijn",
                "Daaruit blijkt dat Kim Route daarnaast hulp op maat nodig heeft.",
                "Bij de aanvraag ging het vooral om: gedrag of ontwikkeling, school.",
                "Een panel van deskundigen heeft uw aanvraag ook beoordeeld.",
                "(\"nee, tenzij\"). Dat is zo.",
                "past bij de doelen in uw gezinsplan");
    }

    @Test
    void theDraftOfARefusalListsItsReasonsAsBulletsThatTheLetterPrintsAsBullets() throws IOException {
        Decision refused = decision(DecisionKind.REFUSED, null);

        assertThat(writer.draft(refused)).contains("Wij wijzen de aanvraag af om deze reden:\n"
                + "- Uw eigen netwerk, zoals familie, vrienden of buren, kan de hulp bieden die nodig is.");
        assertThat(String.join(" ", pages(writer.write(refused, Optional.empty()))))
                .contains("\u2022 Uw eigen netwerk", "Welke hulp is er wel?", "Huiswerkbegeleiding in de wijk")
                .doesNotContain("- Uw eigen netwerk");
    }

    private static Decision decision(DecisionKind kind, String motivation) {
        LocalDate today = LocalDate.of(2026, 3, 2);
        return new Decision(4711, kind, Law.JEUGDWET, today.minusWeeks(6), today, "Kim Route",
                LocalDate.of(2012, 5, 1), List.of("Sam Route"), List.of("Agoraweg 1", "8224 BZ Lelystad"),
                List.of(new Decision.DecidedProvision("45A01", "Begeleiding individueel", "45", Unit.HOUR,
                        "Zorg Flevoland", new BigDecimal("4"), Frequency.PER_WEEK, today, today.plusMonths(6))),
                Set.of(TriageReason.SCHOOL, TriageReason.BEHAVIOUR_OR_DEVELOPMENT), NeeTenzijOutcome.YES, true,
                List.of(RefusalReason.NETWORK_SUFFICES), "Huiswerkbegeleiding in de wijk", motivation);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
            }
        }
        return pages;
    }

    private static ResourceBundleMessageSource caseworkTexts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasenames("i18n/casework");
        texts.setDefaultEncoding("UTF-8");
        texts.setAlwaysUseMessageFormat(true);
        texts.setFallbackToSystemLocale(false);
        return texts;
    }
}
