package nl.gezinsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.workflow.PerspectiveTalks;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task forms later on a route, fuzzed as {@link FormFuzzing} says: the check and evaluation meetings of a
 * provision, the "nee, tenzij" check and the panel, the perspective talk, asking for the application and starting
 * the work track.
 */
class TaskFormFuzzTest extends FormFuzzing {

    @Autowired
    PerspectiveTalks talks;

    @Autowired
    ManagementService management;

    @Override
    List<Form> forms() {
        GrantedCare checked = care();
        String checkMeeting = nextTask(atCheckMeeting(checked));
        GrantedCare evaluated = care();
        String evaluatedRoute = atCheckMeeting(evaluated);
        provisionRoute.holdCheckMeeting(nextTask(evaluatedRoute), new MeetingReport(LocalDate.now(), "moeder", null),
                CheckOutcome.CONTINUE);
        String evaluation = nextTask(evaluatedRoute);
        Request checkedRequest = proposed();
        Request doubted = proposed();
        route.checkNeeTenzij(routes.taskOf(doubted), NeeTenzijOutcome.DOUBT, List.of(), null, "Is deze hulp passend?");
        Person youth = cases.youth(LocalDate.now().minusYears(17));
        String talk = talks.start(youth.getFamilyId(), youth.getId(), youth.getBirthDate());
        String talkTask = tasks.createTaskQuery().processInstanceId(talk).singleResult().getId();
        Request participation = routes.inResearch(Law.PARTICIPATIEWET);
        String workTrack = routes.workTrackOf(participation);
        String askForApplication = routes.askingForApplication(Law.WMO);
        Object applicationRequest = tasks.getVariable(askForApplication, "requestId");
        return List.of(
                new Form("check meeting", () -> task("anna", checkMeeting, () -> {
                    attendees();
                    @SuppressWarnings("unchecked")
                    RadioButtonGroup<Object> outcome = _get(RadioButtonGroup.class,
                            spec -> spec.withLabel("Werkt de hulp?"));
                    _setValue(outcome, CheckOutcome.CONTINUE);
                }), FormFuzzing::taskForm, FormFuzzing::completeTask, () -> meetingsOf(checked.familyId())),
                new Form("evaluation meeting", () -> task("anna", evaluation, () -> {
                    attendees();
                    @SuppressWarnings("unchecked")
                    Select<Object> outflow = _get(Select.class, spec -> spec.withLabel("Uitstroom"));
                    _setValue(outflow, OutflowReason.NO_FOLLOW_UP);
                }), FormFuzzing::taskForm, FormFuzzing::completeTask, () -> meetingsOf(evaluated.familyId())),
                new Form("nee-tenzij check", () -> task("anna", routes.taskOf(checkedRequest), this::refusal),
                        FormFuzzing::taskForm, FormFuzzing::completeTask, () -> neeTenzijOf(checkedRequest)),
                new Form("panel", () -> task("petra", routes.taskOf(doubted), this::refusal),
                        FormFuzzing::taskForm, FormFuzzing::completeTask, () -> neeTenzijOf(doubted)),
                new Form("perspective talk", () -> task("anna", talkTask, () -> {
                    attendees();
                    _setValue(_get(TextField.class, spec -> spec.withLabel("Wonen")), "Kamer bij tante");
                }), FormFuzzing::taskForm, FormFuzzing::completeTask, () -> meetingsOf(youth.getFamilyId())),
                new Form("work track", () -> task("daan", workTrack, () -> _setValue(_get(TextArea.class,
                        spec -> spec.withLabel("Afspraken over werk")), "Twee sollicitaties per week")),
                        () -> formOf("Werktraject starten"), () -> save(UI.getCurrent(), "Werktraject starten"),
                        () -> row("select coalesce(work_track_agreements, '-') as agreements from request where id = "
                                + participation.getId())),
                new Form("application", () -> task("carla", askForApplication, () -> {
                    @SuppressWarnings("unchecked")
                    RadioButtonGroup<Object> channel = _get(RadioButtonGroup.class,
                            spec -> spec.withLabel("Hoe is de aanvraag gedaan?"));
                    _setValue(channel, ApplicationChannel.PAPER);
                }), () -> formOf("Aanvraag vastleggen").getParent().orElseThrow(), () -> save(UI.getCurrent(), "Aanvraag vastleggen"),
                        () -> count("select count(*) from request where applied_on is not null and id = "
                                + applicationRequest)));
    }

    /** The part of the task's form that holds its button: the form, or the row of its buttons. */
    private static Component formOf(String button) {
        return _get(Button.class, spec -> spec.withText(button)).getParent().orElseThrow();
    }

    private GrantedCare care() {
        return cases.care(Law.JEUGDWET, false, LocalDate.now().minusMonths(7), LocalDate.now().plusMonths(5));
    }

    /** The provision's route past its start meeting: it waits for the check meeting. */
    private String atCheckMeeting(GrantedCare care) {
        String instance = provisionRoute.start(care);
        loginAs("anna");
        provisionRoute.holdStartMeeting(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                new MeetingReport(LocalDate.now(), "moeder, aanbieder", null), "Weer naar school", null);
        return instance;
    }

    /** The task the route reaches once its timer is due. */
    private String nextTask(String instance) {
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private Request proposed() {
        Request request = routes.consented(Law.JEUGDWET);
        cases.propose(request, 8_000, 6, false);
        route.completeProposal(routes.taskOf(request), "Passend bij wat het gezin nodig heeft");
        return request;
    }

    private static void attendees() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Aanwezig")), "moeder, aanbieder");
    }

    @SuppressWarnings("unchecked")
    private void refusal() {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Nee, tenzij")), NeeTenzijOutcome.NO);
        _setValue(_get(CheckboxGroup.class), Set.of(RefusalReason.NETWORK_SUFFICES));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Alternatieven voor het gezin")),
                "Opvoedondersteuning in de wijk");
    }

    private Object meetingsOf(long familyId) {
        return count("select count(*) from meeting where family_id = " + familyId);
    }

    private Object neeTenzijOf(Request request) {
        return row("select coalesce(nee_tenzij_outcome, '-') as outcome, coalesce(alternatives, '-') as alternatives"
                + " from request where id = " + request.getId());
    }
}
