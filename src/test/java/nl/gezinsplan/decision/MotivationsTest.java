package nl.gezinsplan.decision;

import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.w3c.dom.Document;

/**
 * Letters checked before they go: the consultant writes the motivation from a draft made from the case, sees the letter
 * before issuing it, and the letter sent is fixed, archived as PDF/A-2b with its SHA-256.
 */
@IntegrationTest
class MotivationsTest {

    private static final String LADDER = "Wij hebben met u besproken wat u zelf kunt, wat uw netwerk kan doen en welke"
            + " algemene voorzieningen er zijn.";

    @Autowired
    Motivations motivations;

    @Autowired
    DecisionLetters letters;

    @Autowired
    TestLetters testLetters;

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute route;

    @Autowired
    Requests requests;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDraftIsMadeFromTheCase() {
        Request request = testLetters.approved();

        assertThat(motivations.draft(request.getId())).contains(LADDER,
                "Daaruit blijkt dat Kim Route daarnaast hulp op maat nodig heeft.",
                "(\"nee, tenzij\"). Dat is zo.",
                "De hulp hierboven past bij de doelen in uw gezinsplan");
    }

    @Test
    void thePreviewIsTheLetterAsItWillGoAndNothingIsSent() {
        Request request = testLetters.approved();

        byte[] preview = motivations.preview(request.getId(), "Kim heeft hulp nodig.\n- bij school\n- thuis");

        assertThat(textOf(preview)).contains("Onderwerp Toekenning van hulp (Jeugdwet)",
                "Wij kennen Kim Route de volgende hulp toe.", "Begeleiding individueel",
                "Waarom dit besluit? Kim heeft hulp nodig. \u2022 bij school \u2022 thuis").doesNotContain(LADDER);
        assertThat(letters.lettersOf(request.getFamilyId())).isEmpty();
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void theLetterSentCarriesTheMotivationTheConsultantWrote() {
        Request request = testLetters.granted();

        assertThat(textOf(sentLetter(request).content())).contains(TestLetters.MOTIVATION).doesNotContain(LADDER);
        assertThat(motivations.draft(request.getId())).isEqualTo(TestLetters.MOTIVATION);
    }

    @Test
    void aRefusalIsWrittenUpLikeAGrantAndItsLetterCarriesTheMotivationAsTheConsultantWroteIt() {
        Request request = testLetters.refusedAtTheCheck(List.of(RefusalReason.NETWORK_SUFFICES),
                "Steun van oma en de buurtcoach");
        String written = "Wij hebben met u en oma gesproken.\n- Oma helpt drie middagen per week\n"
                + "- De buurtcoach begeleidt Kim naar school";

        assertThat(motivations.kind(request.getId())).isEqualTo(DecisionKind.REFUSED);
        assertThat(motivations.draft(request.getId())).contains("Wij wijzen de aanvraag af om deze reden",
                "Uw eigen netwerk, zoals familie, vrienden of buren, kan de hulp bieden die nodig is.")
                .doesNotContain(LADDER);
        assertThat(textOf(motivations.preview(request.getId(), written)))
                .contains("Onderwerp Afwijzing van uw aanvraag (Jeugdwet)", "Wij wijzen uw aanvraag af.");
        assertThat(letters.lettersOf(request.getFamilyId())).isEmpty();
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);

        route.decide(routes.taskOf(request), written);

        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.REFUSED);
        assertThat(letters.lettersOf(request.getFamilyId())).singleElement()
                .extracting(DecisionLetterSummary::kind).isEqualTo(DecisionKind.REFUSED);
        assertThat(textOf(sentLetter(request).content())).contains(
                        "Wij hebben met u en oma gesproken. \u2022 Oma helpt drie middagen per week"
                                + " \u2022 De buurtcoach begeleidt Kim naar school",
                        "Steun van oma en de buurtcoach")
                .doesNotContain("Wij wijzen de aanvraag af om deze reden");
        assertThatThrownBy(() -> motivations.record(request.getId(), "Toch anders"))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("decision.motivation.fixed");
    }

    @Test
    void onceSentTheMotivationIsFixed() {
        Request request = testLetters.granted();

        assertThatThrownBy(() -> motivations.record(request.getId(), "Een andere motivering"))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("decision.motivation.fixed");
        assertThat(textOf(sentLetter(request).content())).contains(TestLetters.MOTIVATION);
    }

    @Test
    void anEmptyOrTooLongMotivationIsRefusedAndTheDecisionWaits() {
        Request request = testLetters.approved();
        String task = routes.taskOf(request);

        assertThatThrownBy(() -> route.decide(task, "  \n ")).isInstanceOf(InvalidInput.class)
                .extracting("messageKey").isEqualTo("decision.motivation.required");
        assertThatThrownBy(() -> route.decide(task, "x".repeat(4001))).isInstanceOf(InvalidInput.class)
                .extracting("messageKey").isEqualTo("input.text.too-long");
        assertThatThrownBy(() -> motivations.preview(request.getId(), "")).isInstanceOf(InvalidInput.class);

        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(routes.taskOf(request)).isEqualTo(task);
        assertThat(jdbc.sql("select count(*) from decision_motivation where request_id = :id")
                .param("id", request.getId()).query(Long.class).single()).isZero();
    }

    @Test
    void aConsultantOfAnotherTeamMayNotReadTheDraftNorPreviewTheLetterAndIsLogged() {
        Request request = testLetters.approved();

        SignIn.as(users, "carla");
        assertThatThrownBy(() -> motivations.draft(request.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> motivations.preview(request.getId(), "Zomaar"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> motivations.record(request.getId(), "Zomaar"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("carla", request.getFamilyId(), AuditAction.DENIED, null, null), 0, 10))
                .extracting(AuditEvent::subject).containsExactlyInAnyOrder("audit.decision.motivation.read",
                        "audit.decision.letter.previewed", "audit.decision.motivation.written");
    }

    @Test
    void theLetterIsKeptWithTheSha256OfItsPdf() throws Exception {
        Request request = testLetters.granted();

        DecisionLetterFile letter = sentLetter(request);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter.content()));
        assertThat(letter.sha256()).isEqualTo(sha256);
        assertThat(jdbc.sql("select sha256 from decision_letter where request_id = :id").param("id", request.getId())
                .query(String.class).single()).isEqualTo(sha256);
    }

    @Test
    void theLetterIsArchivedAsPdfA2bWithItsFontsEmbedded() throws Exception {
        Request request = testLetters.granted();

        try (PDDocument pdf = Loader.loadPDF(sentLetter(request).content())) {
            Document xmp = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(pdf.getDocumentCatalog().getMetadata().toByteArray()));
            assertThat(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/id/", "part").item(0).getTextContent())
                    .isEqualTo("2");
            assertThat(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/id/", "conformance").item(0)
                    .getTextContent()).isEqualTo("B");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
            for (PDPage page : pdf.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    private DecisionLetterFile sentLetter(Request request) {
        return letters.download(letters.lettersOf(request.getFamilyId()).get(0).id());
    }
}
