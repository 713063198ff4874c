package nl.gezinsplan.casework;

import static nl.gezinsplan.decision.TestLetters.dutch;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.MyResearch;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The research task records the conversation, the ladder's answers and the conclusion; under the Wmo the report goes
 * to the family in writing, and the family adds its view, which the consultant reads with the request.
 */
@IntegrationTest
class ResearchReportsTest {

    @Autowired
    ResearchReports reports;

    @Autowired
    MyResearch myResearch;

    @Autowired
    RequestRoute route;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theResearchRecordsTheConversationTheLadderAndTheConclusion() {
        Request request = inResearch(Law.JEUGDWET, LocalDate.now().minusDays(5));
        route.completeResearch(taskOf(request), TestRoutes.findings());

        ResearchReport report = reports.of(request.getId()).orElseThrow();
        assertThat(report.getConversationOn()).isEqualTo(LocalDate.now());
        assertThat(report.getParticipants()).isEqualTo("Moeder, consulent");
        assertThat(List.of(report.getOwnStrength(), report.getNetwork(), report.getGeneralProvisions(),
                report.getNeeded(), report.getConclusion())).containsExactly("Moeder regelt de dagelijkse zorg",
                "Oma past twee middagen op", "Inloopspreekuur van het wijkteam", "Begeleiding thuis",
                "Begeleiding thuis voor een half jaar");
        assertThat(report.getWrittenBy()).isEqualTo("anna");
        assertThat(report.isSent()).as("only the Wmo requires the report in writing").isFalse();
        assertThat(route.openTaskOf(request.getId()).orElseThrow().taskKey()).isEqualTo("updatePlan");
        assertThat(timeline(request.getFamilyId())).contains("audit.request.researched")
                .doesNotContain("audit.research.report.sent");
    }

    @Test
    void aWmoReportIsWrittenAsPdfAndSentToTheFamilysPortal() {
        Request request = inResearch(Law.WMO, LocalDate.now().minusDays(5));
        route.completeResearch(taskOf(request), TestRoutes.findings());

        ResearchReport report = reports.of(request.getId()).orElseThrow();
        assertThat(report.isSent()).isTrue();
        ResearchReportFile file = reports.download(request.getId());
        assertThat(file.fileName()).isEqualTo("onderzoeksverslag-" + request.getId() + ".pdf");
        assertThat(textOf(file.content())).contains("Gemeente Lelystad",
                "Verslag van het onderzoek (Wet maatschappelijke ondersteuning 2015)", "Kim Route",
                "Gesprek op " + dutch(LocalDate.now()), "Moeder, consulent", "Wat kunt u zelf? Moeder regelt",
                "Oma past twee middagen op", "Conclusie Begeleiding thuis voor een half jaar",
                "Uw mening over dit verslag");
        assertThat(timeline(request.getFamilyId())).contains("audit.request.researched", "audit.research.report.sent");
    }

    @Test
    void aLongReportRunsOverPagesAndNoHeadingEndsAPage() throws IOException {
        Request request = inResearch(Law.WMO, LocalDate.now());
        String paragraph = "Het gezin vertelt uitgebreid hoe de week eruitziet en wat er thuis lukt. ".repeat(26);
        route.completeResearch(taskOf(request), new ResearchFindings(LocalDate.now(), "Moeder, consulent",
                paragraph, paragraph, paragraph, paragraph, paragraph));

        byte[] pdf = reports.download(request.getId()).content();
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "research-report-long.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines().filter(line -> !line.isBlank()).toList();
                assertThat(lines.get(lines.size() - 1)).as("the last line of page %d", page)
                        .doesNotEndWith("?").isNotEqualTo("Conclusie");
            }
        }
    }

    @Test
    void aReportWithoutConclusionOrWithTheConversationOutsideItsDaysIsRefusedAndNothingIsStored() {
        Request request = inResearch(Law.WMO, LocalDate.now().minusDays(5));
        ResearchFindings complete = TestRoutes.findings();

        assertRefused(request, withConclusion(complete, " "), "casework.research.conclusion.required");
        assertRefused(request, on(complete, null), "casework.research.conversation-on.required");
        assertRefused(request, on(complete, LocalDate.now().minusDays(6)),
                "casework.research.conversation-on.before-request");
        assertRefused(request, on(complete, LocalDate.now().plusDays(1)), "casework.research.conversation-on.future");
        assertRefused(request, new ResearchFindings(LocalDate.now(), "x".repeat(501), "a", "b", "c", "d", "e"),
                "input.text.too-long");

        assertThat(reports.of(request.getId())).isEmpty();
        assertThat(route.openTaskOf(request.getId()).orElseThrow().taskKey()).isEqualTo("research");
    }

    @Test
    void theResearchOfARequestIsRecordedOnce() {
        Request request = inResearch(Law.JEUGDWET, LocalDate.now());
        String task = taskOf(request);
        route.completeResearch(task, TestRoutes.findings());

        assertThatThrownBy(() -> reportAgain(request)).isInstanceOf(InvalidInput.class)
                .extracting(refusal -> ((InvalidInput) refusal).messageKey()).isEqualTo("casework.research.recorded");
    }

    @Test
    void theFamilyReadsTheReportAndAddsItsViewOnceWhichTheConsultantSees() {
        Request request = researched(Law.WMO);
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        SignIn.as(users, parent);

        MyResearch.ReceivedReport received = myResearch.list().get(0);
        assertThat(received.personName()).isEqualTo("Kim Route");
        assertThat(textOf(myResearch.download(request.getId()).content())).contains("Kim Route");
        assertThatThrownBy(() -> myResearch.addView(request.getId(), "  ")).isInstanceOf(InvalidInput.class);
        myResearch.addView(request.getId(), "Oma kan maar één middag, niet twee.");
        assertThatThrownBy(() -> myResearch.addView(request.getId(), "Nog iets")).isInstanceOf(InvalidInput.class)
                .extracting(refusal -> ((InvalidInput) refusal).messageKey())
                .isEqualTo("casework.research.view.already-given");

        SignIn.as(users, "carla");
        ResearchReport report = reports.of(request.getId()).orElseThrow();
        assertThat(report.getFamilyView()).isEqualTo("Oma kan maar één middag, niet twee.");
        assertThat(report.getFamilyViewBy()).isEqualTo(parent);
        assertThat(auditSubjects(parent, request.getFamilyId(), "READ"))
                .contains("audit.research.reports.read", "audit.research.report.downloaded");
        assertThat(timeline(request.getFamilyId())).contains("audit.research.view.added");
    }

    @Test
    void aReportNotSentInWritingTakesNoView() {
        Request request = researched(Law.JEUGDWET);
        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));

        assertThat(myResearch.list()).isEmpty();
        assertThatThrownBy(() -> myResearch.addView(request.getId(), "Klopt niet")).isInstanceOf(InvalidInput.class)
                .extracting(refusal -> ((InvalidInput) refusal).messageKey())
                .isEqualTo("casework.research.view.not-sent");
    }

    @Test
    void anotherFamilysReportIsRefusedAndTheAttemptIsLogged() {
        Request own = researched(Law.WMO);
        Request other = researched(Law.WMO);
        String parent = members.portalLogin(members.parentOf(own.getFamilyId()));
        SignIn.as(users, parent);

        assertThatThrownBy(() -> myResearch.download(other.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myResearch.addView(other.getId(), "Niet van mij"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditSubjects(parent, other.getFamilyId(), "DENIED"))
                .containsExactlyInAnyOrder("audit.research.report.downloaded", "audit.research.view.added");
        assertThat(myResearch.list()).extracting(received -> received.report().getRequestId())
                .containsExactly(own.getId());
        SignIn.as(users, "carla");
        assertThat(reports.of(other.getId()).orElseThrow().getFamilyView()).isNull();
    }

    @Test
    void theReportAboutAYouthOfSixteenIsTheirsNotTheirParents() {
        SignIn.as(users, TestCases.consultantOf(Law.WMO));
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now(),
                LocalDate.now().minusYears(16).minusDays(3));
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        route.completeResearch(taskOf(request), TestRoutes.findings());
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        String youth = members.portalLogin(request.getPersonId());

        SignIn.as(users, parent);
        assertThat(myResearch.list()).isEmpty();
        assertThatThrownBy(() -> myResearch.download(request.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myResearch.addView(request.getId(), "Ik ben de ouder"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, youth);
        assertThat(myResearch.list()).hasSize(1);
        myResearch.addView(request.getId(), "Ik wil zelf naar de begeleiding.");
    }

    private Request researched(Law law) {
        Request request = inResearch(law, LocalDate.now());
        route.completeResearch(taskOf(request), TestRoutes.findings());
        return request;
    }

    private Request inResearch(Law law, LocalDate requestedOn) {
        SignIn.as(users, TestCases.consultantOf(law));
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, requestedOn);
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        return request;
    }

    @Autowired
    RequestSteps steps;

    private void reportAgain(Request request) {
        steps.recordResearch(request.getId(), TestRoutes.findings());
    }

    private void assertRefused(Request request, ResearchFindings findings, String messageKey) {
        assertThatThrownBy(() -> route.completeResearch(taskOf(request), findings)).isInstanceOf(InvalidInput.class)
                .extracting(refusal -> ((InvalidInput) refusal).messageKey()).isEqualTo(messageKey);
    }

    private static ResearchFindings withConclusion(ResearchFindings findings, String conclusion) {
        return new ResearchFindings(findings.conversationOn(), findings.participants(), findings.ownStrength(),
                findings.network(), findings.generalProvisions(), findings.needed(), conclusion);
    }

    private static ResearchFindings on(ResearchFindings findings, LocalDate day) {
        return new ResearchFindings(day, findings.participants(), findings.ownStrength(), findings.network(),
                findings.generalProvisions(), findings.needed(), findings.conclusion());
    }

    private String taskOf(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow().taskId();
    }

    private List<String> timeline(long familyId) {
        return jdbc.sql("select subject from audit_event where family_id = :id and action in ('CREATE', 'UPDATE')")
                .param("id", familyId).query(String.class).list();
    }

    private List<String> auditSubjects(String actor, long familyId, String action) {
        return jdbc.sql("select subject from audit_event where actor = :actor and family_id = :id and action = :action")
                .param("actor", actor).param("id", familyId).param("action", action).query(String.class).list();
    }
}
