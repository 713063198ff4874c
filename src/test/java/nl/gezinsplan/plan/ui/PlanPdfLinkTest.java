package nl.gezinsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.util.List;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TestRoutes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The family plan downloads as PDF from the family page and from the portal. */
class PlanPdfLinkTest extends ViewTest {

    @Autowired
    Plans plans;

    @Autowired
    UserDirectory directory;

    @Autowired
    Families families;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Test
    void theConsultantDownloadsThePlanShownOnTheFamilyPage() throws IOException {
        loginAs("anna");
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        UI.getCurrent().add(new PlanPanel(plans, directory, request.getFamilyId(),
                families.open(request.getFamilyId()).members()));

        assertThat(textOf(_get(Anchor.class, spec -> spec.withId("plan-pdf"))))
                .contains("Versie 1, opgeslagen door Anna de Vries", "Weer naar school",
                        "Het gezin heeft nog niet ingestemd met deze versie.");
    }

    @Test
    void aParentDownloadsThePlanInThePortal() throws IOException {
        Request request = routes.consented(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin");

        Anchor link = _get(Anchor.class, spec -> spec.withId("plan-pdf"));
        assertThat(link.getText()).isEqualTo("Plan downloaden (PDF)");
        assertThat(textOf(link)).contains("Weer naar school", "Het gezin heeft op papier ingestemd met deze versie.");
    }

    private static String textOf(Anchor link) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Downloads.fetch(link).getBuffer().toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
