package nl.gezinsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The family plan as PDF: the version, who agreed to it when, its items; the portal's reader sees what they may. */
@IntegrationTest
class PlanPdfTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    Plans plans;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    private long familyId;
    private Person youth;

    @BeforeEach
    void aPlanWithAGoalForTheFamilyAndOneForAYouthOfSixteen() {
        SignIn.as(users, "anna");
        Family family = testFamilies.registeredBy("anna", "Pdf");
        familyId = family.getId();
        youth = families.addPerson(familyId,
                testFamilies.person("Lotte", "Pdf", LocalDate.now().minusYears(16).minusDays(1), FamilyRole.CHILD));
        PlanDraft draft = PlanDraft.empty();
        draft.goals().add(Goal.create(Law.JEUGDWET, null, "Rust in huis", "Minder ruzie aan tafel",
                LocalDate.of(2027, 6, 30), GoalStatus.IN_PROGRESS));
        draft.goals().add(Goal.create(Law.JEUGDWET, youth.getId(), "Eigen kamer vinden", "Een huurcontract", null,
                GoalStatus.OPEN));
        draft.agreements().add(Agreement.create("Moeder", "Belt de school", LocalDate.of(2027, 1, 15)));
        draft.involved().add(Involved.create("Fatma Şahin", "Wijkteam", "Gezinscoach", InvolvedKind.PROFESSIONAL));
        plans.save(familyId, draft);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theConsultantDownloadsTheVersionWithItsItemsAndThatTheFamilyHasNotAgreedYet() {
        String text = textOf(plans.pdf(familyId, 1, DUTCH));

        assertThat(text).contains("Gezinsplan", "Versie 1, opgeslagen door Anna de Vries",
                "Het gezin heeft nog niet ingestemd met deze versie.",
                "Doel Rust in huis", "Voor wie Hele gezin", "Meetbaar resultaat Minder ruzie aan tafel",
                "Streefdatum 30 juni 2027", "Stand Mee bezig",
                "Doel Eigen kamer vinden", "Voor wie Lotte Pdf",
                "Moeder: Belt de school (klaar op 15 januari 2027)",
                "Fatma Şahin, Wijkteam, Gezinscoach (Professional)");
    }

    @Test
    void consentOnPaperNamesWhoRecordedItAndWhen() {
        plans.recordAgreementOnPaper(familyId);

        assertThat(textOf(plans.pdf(familyId, 1, DUTCH)))
                .containsPattern("Het gezin heeft op papier ingestemd met deze versie\\. Anna de Vries heeft dat op"
                        + " \\d+ \\S+ \\d{4}.* vastgelegd\\.");
    }

    @Test
    void aParentDownloadsTheCurrentVersionInThePortalWithTheirConsentAndWithoutTheYouthsGoal() {
        long parent = members.parentOf(familyId);
        SignIn.as(users, members.portalLogin(parent));
        plans.agreeInPortal(1);

        PlanFile file = plans.pdf(familyId, 1, Locale.ENGLISH);

        assertThat(file.fileName()).isEqualTo("gezinsplan-versie-1.pdf");
        assertThat(textOf(file)).contains("Family plan", "Lid " + parent + " agreed to this version in the portal on", "Rust in huis")
                .doesNotContain("Eigen kamer vinden", "Lotte");
    }

    @Test
    void aMemberGetsOnlyTheCurrentVersionAndOnlyOfTheirOwnFamily() {
        SignIn.as(users, "anna");
        PlanDraft next = PlanDraft.from(plans.current(familyId).orElseThrow());
        next.agreements().add(Agreement.create("Vader", "Zoekt een sportclub", null));
        plans.save(familyId, next);
        long otherFamily = testFamilies.registeredBy("anna", "Anders").getId();

        SignIn.as(users, members.portalLogin(members.parentOf(familyId)));
        assertThatThrownBy(() -> plans.pdf(familyId, 1, DUTCH)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> plans.pdf(otherFamily, 1, DUTCH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConsultantOfAnotherTeamIsRefusedAndTheRefusalIsAudited() {
        SignIn.as(users, "carla");
        assertThatThrownBy(() -> plans.pdf(familyId, 1, DUTCH)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("carla", familyId, AuditAction.DENIED, null, null), 0, 10))
                .extracting(AuditEvent::subject).containsExactly("audit.plan.downloaded");
    }

    private static String textOf(PlanFile file) {
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(pdf.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
