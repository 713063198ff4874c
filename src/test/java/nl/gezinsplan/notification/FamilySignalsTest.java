package nl.gezinsplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.DocumentUploaded;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.plan.PlanAgreed;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.TestCare;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.TestRoutes;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What a family does in the portal reaches the staff who work with it: the right users, once. */
@IntegrationTest
class FamilySignalsTest {

    @Autowired
    FamilySignals signals;

    @Autowired
    Questions questions;

    @Autowired
    CaseDocuments documents;

    @Autowired
    Plans plans;

    @Autowired
    CareFeedback feedback;

    @Autowired
    Inbox inbox;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestCare testCare;

    @Autowired
    TestMembers members;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFamilysQuestionIsToldToItsContactPersonOnce() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String parent = members.portalLogin(members.parentOf(familyId));

        SignIn.as(users, parent);
        questions.send("Wanneer is het volgende gesprek?");

        assertThat(told(familyId)).containsExactly(
                new Told("anna", "FAMILY_MESSAGE", "Route", "gezinnen/" + familyId + "?tab=vragen"));
        assertThat(told(familyId, parent)).isEmpty();
    }

    @Test
    void aDocumentTheFamilySendsIsToldToItsContactPersonOnceAlsoWhenOfferedAgain() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        long parentId = members.parentOf(familyId);
        SignIn.as(users, members.portalLogin(parentId));
        CaseDocument sent = documents.uploadByMember(DocumentKind.REFERRAL_LETTER, null, "verwijzing.pdf",
                TestDocuments.pdf("Verwijzing"));

        signals.documentUploaded(new DocumentUploaded(familyId, parentId, sent.id()));

        assertThat(told(familyId)).containsExactly(
                new Told("anna", "DOCUMENT_UPLOADED", "Route", "gezinnen/" + familyId + "?tab=documenten"));
    }

    @Test
    void aDocumentTheConsultantAddsIsNoNews() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);

        documents.upload(new nl.gezinsplan.casefile.DocumentUpload(request.getFamilyId(), null,
                DocumentKind.OTHER, null, true, "verslag.pdf", TestDocuments.pdf("Verslag")));

        assertThat(told(request.getFamilyId())).isEmpty();
    }

    @Test
    void consentInThePortalIsToldToTheContactPersonAndToWhoeverHasTheTaskAskingForIt() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String askTask = askFamilyConsent(request);
        SignIn.as(users, "bram");
        inbox.claim(askTask);

        SignIn.as(users, members.portalLogin(members.parentOf(familyId)));
        int number = plans.current(familyId).orElseThrow().number();
        plans.agreeInPortal(number);

        String link = "gezinnen/" + familyId + "?tab=plan";
        assertThat(told(familyId)).containsExactlyInAnyOrder(new Told("anna", "PLAN_AGREED", "Route", link),
                new Told("bram", "PLAN_AGREED", "Route", link));
        assertThat(engine.getTaskService().createTaskQuery().taskId(askTask).count())
                .as("the route went on after the notice").isZero();

        signals.planAgreed(new PlanAgreed(familyId, number, "lid"));
        assertThat(told(familyId)).hasSize(2);
    }

    @Test
    void consentTheContactPersonRecordsIsNotToldToThemselves() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String askTask = askFamilyConsent(request);
        SignIn.as(users, "bram");
        inbox.claim(askTask);

        SignIn.as(users, "anna");
        plans.recordAgreementOnPaper(familyId);

        assertThat(told(familyId)).extracting(Told::username).containsExactly("bram");
    }

    @Test
    void aReportThatCareWasNotDeliveredIsToldToTheContactPerson() {
        YearMonth month = YearMonth.now().minusMonths(1);
        GrantedCare care = testCare.granted(Law.JEUGDWET, month.minusMonths(1).atDay(1),
                LocalDate.now().plusMonths(2));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));

        feedback.answerDelivery(care.provisionId(), month.minusMonths(1), true, null);
        assertThat(told(care.familyId())).as("care given is no news").isEmpty();
        feedback.answerDelivery(care.provisionId(), month, false, "Niemand gekomen");

        assertThat(told(care.familyId())).containsExactly(new Told("anna", "CARE_NOT_DELIVERED", "Route",
                "gezinnen/" + care.familyId() + "?tab=terugkoppeling"));
    }

    /** The consent reminder's timer passes: the team is asked to ask the family. */
    private String askFamilyConsent(Request request) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("request-" + request.getId()).processDefinitionKey("request")
                .singleResult().getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance).activityId("consentReminder").singleResult().getId());
        return engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("askFamilyConsent").singleResult().getId();
    }

    private List<Told> told(long familyId) {
        // only the family's kinds: the task-side notices (a task handed over, due soon) are told by others
        return jdbc.sql("""
                        select username, kind, about, link from notification
                        where family_id = :id and kind in ('FAMILY_MESSAGE', 'DOCUMENT_UPLOADED', 'PLAN_AGREED',
                                                           'CARE_NOT_DELIVERED')
                        order by id""")
                .param("id", familyId)
                .query(Told.class)
                .list();
    }

    private List<Told> told(long familyId, String username) {
        return told(familyId).stream().filter(told -> told.username().equalsIgnoreCase(username)).toList();
    }

    record Told(String username, String kind, String about, String link) {
    }
}
