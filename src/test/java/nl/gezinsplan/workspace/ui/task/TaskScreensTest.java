package nl.gezinsplan.workspace.ui.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.DocumentUpload;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.Meetings;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.PerspectiveTalks;
import org.camunda.bpm.engine.ProcessEngine;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.RouteStep;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workspace.ui.InboxView;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each task's form as a user works it, valid and invalid, and what happens when a colleague was first. */
class TaskScreensTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute route;

    @Autowired
    ProvisionRoute provisionRoute;

    @Autowired
    Requests requests;

    @Autowired
    Meetings meetings;

    @Autowired
    TaskForms forms;
    @Autowired
    CaseNotes notes;
    @Autowired
    CaseDocuments documents;

    @Autowired
    TaskService tasks;

    @Autowired
    UserDetailsService users;

    @Autowired
    PerspectiveTalks talks;

    @Autowired
    Plans plans;

    @Autowired
    ProcessEngine engine;

    @Test
    void everyUserTaskOfTheRoutesNamesAFormTheScreenHas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    assertThat(task.getCamundaFormKey()).as("form key of " + task.getId() + " in " + file).isNotBlank();
                    assertThat(forms.hasFormFor(task.getCamundaFormKey()))
                            .as(task.getCamundaFormKey() + " of " + task.getId() + " in " + file).isTrue();
                }
            }
        }
    }

    @Test
    void triageSendsTheRequestToResearchAndKeepsTheNote() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        open("anna", request);
        assertThat(_get(H1.class).getText()).isEqualTo("Triage");

        TriageForm form = _get(TriageForm.class);
        _setValue(form.note, "Zorgen over schoolverzuim");
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Kies de uitkomst van de triage: advies, netwerk, algemene voorziening of onderzoek.");
        assertThat(form.note.getValue()).as("nothing typed is lost").isEqualTo("Zorgen over schoolverzuim");

        _setValue(form.outcome, TriageOutcome.RESEARCH);
        _setValue(form.reasons, java.util.Set.of(TriageReason.SCHOOL, TriageReason.MONEY_WORRIES_OR_DEBT));
        _click(_get(Button.class, spec -> spec.withText("Afronden")));

        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(requests.get(request.getId()).triageReasons())
                .containsExactlyInAnyOrder(TriageReason.SCHOOL, TriageReason.MONEY_WORRIES_OR_DEBT);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(InboxView.class);
        assertThat(requests.get(request.getId()).getTriageNote()).isEqualTo("Zorgen over schoolverzuim");
        assertThat(step(request).name()).isEqualTo("Onderzoek en keukentafelgesprek");
    }

    @Test
    void everyTaskOfTheRequestShowsTheFamilysQuestion() {
        Request request = proposed(Law.JEUGDWET, 8_000);
        open("anna", request);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("request-question")).getText())
                .isEqualTo("Hulpvraag");
    }

    @Test
    void aTaskOfACareRouteHasNoRequestQuestion() {
        atCheckMeeting();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("request-question"))).isEmpty();
    }

    @Test
    void aTaskAColleagueFinishedMeanwhileSendsTheUserBackToTheInbox() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        open("anna", request);
        TriageForm form = _get(TriageForm.class);
        _setValue(form.outcome, TriageOutcome.RESEARCH);

        SignIn.as(users, "bram");
        route.triage(step(request).taskId(), TriageOutcome.RESEARCH, Set.of(), "Bram was eerder");
        loginAs("anna");
        _click(_get(Button.class, spec -> spec.withText("Afronden")));

        NotificationsKt.expectNotifications(
                "Deze taak is al door een collega opgepakt of afgerond, of is niet (meer) voor u.");
        assertThat(requests.get(request.getId()).getTriageNote()).isEqualTo("Bram was eerder");
    }

    @Test
    void aNeeTenzijRefusalWithoutAlternativesIsExplainedAndTheReasonsStay() {
        Request request = proposed(Law.JEUGDWET, 8_000);
        open("anna", request);
        NeeTenzijForm form = _get(NeeTenzijForm.class);

        _setValue(form.outcome, NeeTenzijOutcome.NO);
        _setValue(form.reasons, java.util.Set.of(nl.gezinsplan.casework.RefusalReason.NETWORK_SUFFICES));
        _click(_get(Button.class, spec -> spec.withText("Afronden")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Een afwijzing vraagt gecodeerde redenen en alternatieven voor het gezin.");
        assertThat(form.reasons.getValue()).hasSize(1);
        assertThat(requests.get(request.getId()).getNeeTenzijOutcome()).isNull();

        _setValue(form.alternatives, "Opvoedondersteuning in de wijk");
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertThat(requests.get(request.getId()).getAlternatives()).isEqualTo("Opvoedondersteuning in de wijk");
    }

    @Test
    void theConsultantProposesAProvisionForTheRequestAndSubmitsIt() {
        Request request = consented(Law.WMO);
        open("carla", request);
        _click(_get(Button.class, spec -> spec.withText("Voorziening voorstellen")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<Product> product = _get(dialog, ComboBox.class, spec -> spec.withLabel("Product"));
        _setValue(product, cases.productOf(Law.WMO));
        @SuppressWarnings("unchecked")
        ComboBox<Provider> provider = _get(dialog, ComboBox.class, spec -> spec.withLabel("Zorgaanbieder"));
        _setValue(provider, cases.providerOf(cases.productOf(Law.WMO)));
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Omvang")), new BigDecimal("1500"));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Toegewezen tot en met")),
                LocalDate.now().plusMonths(6));
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_find(ProposedProvisions.class).get(0).getListDataView().getItemCount()).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Voorstel indienen")));
        assertError("Schrijf waarom u dit voorstelt: wie het voorstel beoordeelt, leest de motivering.");
        assertThat(requests.get(request.getId()).getProposedOn()).isNull();
        _setValue(_get(ProposalForm.class).motivation, "Het netwerk is overbelast; huishoudelijke hulp is nodig");
        _click(_get(Button.class, spec -> spec.withText("Voorstel indienen")));

        NotificationsKt.expectNotifications("Begeleiding (test) is toegevoegd.", "De taak is afgerond.");
        assertThat(requests.get(request.getId()).getProposedOn()).isEqualTo(LocalDate.now());
        assertThat(requests.get(request.getId()).getProposalMotivation())
                .isEqualTo("Het netwerk is overbelast; huishoudelijke hulp is nodig");
    }

    @Test
    void aDoubtGoesToThePanelOnlyWithTheQuestionItIsToAnswer() {
        Request request = proposed(Law.JEUGDWET, 8_000);
        open("anna", request);
        NeeTenzijForm form = _get(NeeTenzijForm.class);
        assertThat(form.question.isVisible()).isFalse();

        _setValue(form.outcome, NeeTenzijOutcome.DOUBT);
        assertThat(form.question.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertError("Schrijf de vraag aan het panel: waarover twijfelt u?");
        assertThat(requests.get(request.getId()).isAtPanel()).isFalse();

        _setValue(form.question, "Is behandeling nodig, of volstaat opvoedondersteuning?");
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(requests.get(request.getId()).getPanelQuestion())
                .isEqualTo("Is behandeling nodig, of volstaat opvoedondersteuning?");
        assertThat(step(request).taskKey()).isEqualTo("panelDecision");
    }

    @Test
    void theManagerApprovingResidentialCareSeesTheWholeCaseWithWhoTookEachStep() {
        Request request = routes.atManagerApprovalAfterThePanel();

        open("marieke", approvalOf(request));

        CasePanel panel = _get(CasePanel.class);
        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("Hulpvraag " + request.getId(), "Melder: Gezin zelf", "Urgentie: Normaal",
                "Wettelijke termijn:");
        List<String> steps = _find(panel, ListItem.class, spec -> spec.withClasses("case-step")).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(steps).hasSize(5);
        assertThat(steps.get(0)).contains("Anna de Vries", "Triage: Onderzoek met het gezin");
        assertThat(steps.get(1)).contains("Anna de Vries", "Onderzoek: gesprek op", "Conclusie:");
        assertThat(steps.get(2)).contains("Anna de Vries", "Motivering: Thuis is niet veilig genoeg");
        assertThat(steps.get(3)).contains("Twijfel", "Vraag aan het panel: Is verblijf nodig?");
        assertThat(steps.get(4)).contains("Petra de Boer", "Uitkomst panel: ja, jeugdhulp is nodig");
    }

    @Test
    void aTaskShowsTheRecentNotesAndDocumentsOfItsRequestInItsCase() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        SignIn.as(users, "anna");
        notes.write(request.getFamilyId(), request.getId(), "Moeder belt donderdag terug.", false);
        documents.upload(new DocumentUpload(request.getFamilyId(), request.getId(), DocumentKind.REFERRAL_LETTER,
                "Verwijzing van de huisarts", false, "verwijzing.pdf", TestDocuments.pdf("Verwijzing")));

        open("anna", request);

        assertThat(_get(CasePanel.class).getElement().getTextRecursively())
                .contains("Moeder belt donderdag terug.", "verwijzing.pdf");
    }

    @Test
    void aTaskOfARequestWithoutEarlierStepsSaysSo() {
        Request request = cases.request(Law.WMO, Referrer.GP, Urgency.CRISIS, LocalDate.now());
        open("carla", request);

        CasePanel panel = _get(CasePanel.class);
        assertThat(panel.getElement().getTextRecursively()).contains("Melder: Huisarts (of POH/JPH)",
                "Urgentie: Crisis", "Nog geen eerdere stappen.");
    }

    @Test
    void theManagerSeesTheBudgetRejectsOnlyWithAReasonAndTheProposerSeesIt() {
        Request request = proposed(Law.WMO, 30_000);
        open("marieke", approvalOf(request));
        assertThat(_find(Paragraph.class)).anyMatch(text -> text.getText().startsWith("Budget Wmo:"));

        _click(_get(Button.class, spec -> spec.withText("Afwijzen")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText()).isNotBlank();
        _setValue(_get(VerdictForm.class).reason, "Eerst het netwerk");
        _click(_get(Button.class, spec -> spec.withText("Afwijzen")));
        NotificationsKt.expectNotifications("De taak is afgerond.");

        open("carla", approvalOf(request));
        assertThat(_get(H1.class).getText()).isEqualTo("Voorstel aanpassen");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("rejection")).getText())
                .isEqualTo("Afgewezen door marieke: Eerst het netwerk");
    }

    @Test
    void theProposerCannotOpenTheFourEyesCheckOfTheirOwnProposal() {
        Request request = proposed(Law.JEUGDWET, 12_000);
        SignIn.as(users, "anna");
        route.checkNeeTenzij(step(request).taskId(), NeeTenzijOutcome.YES, List.of(), null, null);

        open("anna", approvalOf(request));

        assertThat(_get(H1.class).getText()).isEqualTo("Taak niet beschikbaar");
    }

    @Test
    void theStartMeetingNeedsAnExitGoalAndIsRecorded() {
        var care = cases.care(Law.JEUGDWET, false, LocalDate.now(), LocalDate.now().plusMonths(12));
        provisionRoute.start(care);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("provision-" + care.provisionId())
                .singleResult().getId();
        loginAs("anna");
        navigate("taak/" + taskId);
        StartMeetingForm form = _get(StartMeetingForm.class);
        _setValue(form.meeting.attendees, "moeder, aanbieder, consulent");

        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Leg het uitstroomdoel vast.");

        _setValue(form.exitGoal, "Weer naar school");
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertThat(meetings.ofFamily(care.familyId())).singleElement().satisfies(meeting -> {
            assertThat(meeting.kind()).isEqualTo(MeetingKind.START);
            assertThat(meeting.exitGoal()).isEqualTo("Weer naar school");
        });
    }

    @Test
    void theCheckMeetingNeedsItsVerdictAndStopsHelpThatDoesNotWork() {
        String taskId = atCheckMeeting();
        CheckMeetingForm form = _get(CheckMeetingForm.class);
        _setValue(form.meeting.attendees, "vader, aanbieder");

        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertError("Kies of de hulp werkt: doorgaan, bijstellen of stoppen.");

        _setValue(form.outcome, CheckOutcome.STOP);
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void theEvaluationEndsCareOnlyWithAnOutflowOrRequestsAnExtension() {
        String taskId = atEvaluationMeeting();
        EvaluationForm form = _get(EvaluationForm.class);
        _setValue(form.meeting.attendees, "moeder, aanbieder");

        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertError("Kies de reden van uitstroom: geen vervolgzorg, afgeschaald of opgeschaald.");

        _setValue(form.conclusion, EvaluationForm.Conclusion.EXTEND);
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void aMeetingReportNeedsWhoAttended() {
        atCheckMeeting();
        CheckMeetingForm form = _get(CheckMeetingForm.class);
        _setValue(form.outcome, CheckOutcome.CONTINUE);

        _click(_get(Button.class, spec -> spec.withText("Afronden")));

        assertError("Vul in wie bij het gesprek waren.");
        assertThat(form.outcome.getValue()).isEqualTo(CheckOutcome.CONTINUE);
    }

    @Test
    void thePerspectiveTalkRefusesExtendedCareWithoutAnEnd() {
        var youth = cases.youth(LocalDate.now().minusYears(17));
        String talk = talks.start(youth.getFamilyId(), youth.getId(), youth.getBirthDate());
        open("anna", tasks.createTaskQuery().processInstanceId(talk).singleResult().getId());
        PerspectiveTalkForm form = _get(PerspectiveTalkForm.class);
        _setValue(form.meeting.attendees, "Jesse, mentor");
        _setValue(form.housing, "Kamer bij tante");
        _setValue(form.extended, true);

        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertError("Geef aan tot wanneer de verlengde jeugdhulp loopt.");

        _setValue(form.conditions, "Volgt een opleiding");
        _setValue(form.extendedUntil, youth.getBirthDate().plusYears(20));
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertThat(meetings.ofFamily(youth.getFamilyId())).singleElement()
                .satisfies(meeting -> assertThat(meeting.perspective().housing()).isEqualTo("Kamer bij tante"));
    }

    @Test
    void theExitPerspectiveNeedsTheProvidersAnswer() {
        var care = cases.care(Law.JEUGDWET, true, LocalDate.now().minusMonths(10), LocalDate.now().plusMonths(2));
        String review = engine.getRuntimeService().startProcessInstanceByKey("residentialReview").getId();
        String taskId = tasks.createTaskQuery().processInstanceId(review).list().stream()
                .filter(task -> care.provisionId() == (Long) tasks.getVariable(task.getId(), "provisionId"))
                .findFirst().orElseThrow().getId();
        open("anna", taskId);

        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        assertError("Vul het antwoord van de aanbieder in.");

        _setValue(_get(ExitPerspectiveForm.class).answer, "Terug naar huis met ambulante begeleiding");
        _click(_get(Button.class, spec -> spec.withText("Afronden")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
    }

    @Test
    void researchPlanAndDecisionAreConfirmedInTurn() {
        Request request = cases.request(Law.PARTICIPATIEWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(step(request).taskId(), TriageOutcome.RESEARCH, Set.of(), null);
        open("daan", request);
        ResearchScreensTest.fill(_get(ResearchForm.class));
        _click(_get(Button.class, spec -> spec.withText("Onderzoek afgerond")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(route.openTaskOf(request.getId())).as("waits for the application").isEmpty();
        engine.getManagementService().executeJob(jobOf(request, "applicationReminder"));
        open("daan", request);
        assertThat(_get(H1.class).getText()).isEqualTo("Aanvraag navragen");
        _click(_get(Button.class, spec -> spec.withText("Aanvraag vastleggen")));
        assertError("Vul in wanneer en hoe de aanvraag is gedaan.");
        _setValue(_get(ApplicationForm.class).channel, ApplicationChannel.CONVERSATION);
        _click(_get(Button.class, spec -> spec.withText("Aanvraag vastleggen")));
        NotificationsKt.expectNotifications("De taak is afgerond.");
        SignIn.as(users, "daan");
        assertThat(requests.get(request.getId()).getApplicationChannel()).isEqualTo(ApplicationChannel.CONVERSATION);
        open("daan", request);
        assertThat(_get(H1.class).getText()).isEqualTo("Gezinsplan bijwerken");
        _click(_get(Button.class, spec -> spec.withText("Plan bijgewerkt")));

        assertThat(route.openTaskOf(request.getId())).as("waits for the family's consent").isEmpty();
    }

    @Test
    void theConsultantAsksForTheApplicationAndTheRouteWaitsAgainWhenThereIsNoneYet() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(step(request).taskId(), TriageOutcome.RESEARCH, Set.of(), null);
        route.completeResearch(step(request).taskId(), TestRoutes.findings());
        engine.getManagementService().executeJob(jobOf(request, "applicationReminder"));
        open("carla", request);

        _click(_get(Button.class, spec -> spec.withText("Nog geen aanvraag")));

        NotificationsKt.expectNotifications("De taak is afgerond.");
        SignIn.as(users, "carla");
        assertThat(route.openTaskOf(request.getId())).as("waits again").isEmpty();
        assertThat(requests.get(request.getId()).getAppliedOn()).isNull();
    }

    @Test
    void theWorkTrackStartsWithWhatWasAgreedBesideTheIntake() {
        Request request = cases.request(Law.PARTICIPATIEWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        String workTrack = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey("request-" + request.getId()).taskDefinitionKey("startWorkTrack")
                .singleResult().getId();
        open("daan", workTrack);
        assertThat(_get(H1.class).getText()).isEqualTo("Werktraject starten");

        _click(_get(Button.class, spec -> spec.withText("Werktraject starten")));
        assertError("Schrijf op wat is afgesproken over werk.");
        _setValue(_get(WorkTrackForm.class).agreements, "Twee sollicitaties per week en een werkervaringsplek");
        _click(_get(Button.class, spec -> spec.withText("Werktraject starten")));

        NotificationsKt.expectNotifications("De taak is afgerond.");
        SignIn.as(users, "daan");
        assertThat(requests.get(request.getId()).getWorkTrackAgreements())
                .isEqualTo("Twee sollicitaties per week en een werkervaringsplek");
        assertThat(step(request).name()).as("the intake goes on beside it").isEqualTo("Triage");
    }

    @Test
    void theConsultantRecordsConsentOnPaperAfterAsking() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(step(request).taskId(), TriageOutcome.RESEARCH, Set.of(), null);
        requests.apply(request.getId(), LocalDate.now(), ApplicationChannel.PAPER);
        route.completeResearch(step(request).taskId(), TestRoutes.findings());
        plans.save(request.getFamilyId(), PlanDraft.empty());
        route.completePlanUpdate(step(request).taskId());
        engine.getManagementService().executeJob(jobOf(request, "consentReminder"));
        open("carla", request);

        _click(_get(Button.class, spec -> spec.withText("Gezin heeft ingestemd (op papier)")));

        SignIn.as(users, "carla");
        assertThat(plans.currentVersionAgreed(request.getFamilyId())).isTrue();
        assertThat(step(request).name()).isEqualTo("Voorziening voorstellen");
    }

    @Test
    void theDecisionGrantsTheProposal() {
        Request request = proposed(Law.PARTICIPATIEWET, 1_000);
        open("daan", request);
        assertThat(_get(H1.class).getText()).isEqualTo("Beschikking opstellen");

        _click(_get(Button.class, spec -> spec.withText("Beschikking afgeven")));

        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.GRANTED);
    }

    @Test
    void aRefusalIsWrittenUpFromItsDraftAndIssuedInTheDecisionForm() {
        Request request = proposed(Law.JEUGDWET, 8_000);
        SignIn.as(users, "anna");
        route.checkNeeTenzij(step(request).taskId(), NeeTenzijOutcome.NO,
                List.of(nl.gezinsplan.casework.RefusalReason.NETWORK_SUFFICES), "Opvoedondersteuning in de wijk", null);
        open("anna", request);
        assertThat(_get(H1.class).getText()).isEqualTo("Afwijzing opstellen");
        TextArea motivation = _get(TextArea.class, spec -> spec.withId("decision-motivation"));
        assertThat(motivation.getValue()).contains("Wij wijzen de aanvraag af om deze reden");
        assertThat(_find(Button.class, spec -> spec.withText("Beschikking afgeven"))).isEmpty();

        _setValue(motivation, "Oma en de buurtcoach helpen Kim naar school.");
        _click(_get(Button.class, spec -> spec.withText("Afwijzing afgeven")));

        NotificationsKt.expectNotifications("De taak is afgerond.");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void aManagerAcknowledgesAnExceededTerm() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(step(request).taskId(), TriageOutcome.RESEARCH, Set.of(), null);
        engine.getManagementService().executeJob(jobOf(request, "researchOverdue"));
        String escalation = tasks.createTaskQuery().processInstanceBusinessKey("request-" + request.getId())
                .taskDefinitionKey("researchTermExceeded").singleResult().getId();
        open("marieke", escalation);

        _click(_get(Button.class, spec -> spec.withText("Gezien en opgepakt")));

        assertThat(tasks.createTaskQuery().taskId(escalation).count()).isZero();
    }

    private String jobOf(Request request, String timer) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("request-" + request.getId()).processDefinitionKey("request")
                .singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timer)
                .singleResult().getId();
    }

    private void assertError(String message) {
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText()).isEqualTo(message);
    }

    private String atCheckMeeting() {
        var care = cases.care(Law.JEUGDWET, false, LocalDate.now().minusMonths(7), LocalDate.now().plusMonths(5));
        String route = provisionRoute.start(care);
        SignIn.as(users, "anna");
        provisionRoute.holdStartMeeting(tasks.createTaskQuery().processInstanceId(route).singleResult().getId(),
                new MeetingReport(LocalDate.now(), "moeder, aanbieder", null), "Weer naar school",
                null);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(route).singleResult().getId());
        String taskId = tasks.createTaskQuery().processInstanceId(route).singleResult().getId();
        open("anna", taskId);
        return taskId;
    }

    private String atEvaluationMeeting() {
        String check = atCheckMeeting();
        String route = tasks.createTaskQuery().taskId(check).singleResult().getProcessInstanceId();
        SignIn.as(users, "anna");
        provisionRoute.holdCheckMeeting(check,
                new MeetingReport(LocalDate.now(), "moeder", null), CheckOutcome.CONTINUE);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(route).singleResult().getId());
        String taskId = tasks.createTaskQuery().processInstanceId(route).singleResult().getId();
        open("anna", taskId);
        return taskId;
    }

    private void open(String user, Request request) {
        open(user, step(request).taskId());
    }

    private void open(String user, String taskId) {
        loginAs(user);
        navigate("taak/" + taskId);
    }

    private RouteStep step(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow();
    }

    private String approvalOf(Request request) {
        return step(request).taskId();
    }

    private Request consented(Law law) {
        return routes.consented(law);
    }

    private Request proposed(Law law, double costPerYear) {
        Request request = consented(law);
        cases.propose(request, costPerYear, 6, false);
        route.completeProposal(step(request).taskId(), "Passend bij wat het gezin nodig heeft");
        return request;
    }
}
