package nl.gezinsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.Typing;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.plan.AgreementChannel;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.PlanVersion;
import nl.gezinsplan.plan.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanPanelTest extends ViewTest {

    @Autowired
    Plans plans;

    @Autowired
    UserDirectory directory;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    long familyId;
    Person child;

    @BeforeEach
    void annaOpensTheFirstVersionOfAFamilyPlan() {
        loginAs("anna");
        familyId = testFamilies.registeredBy("anna", "Bakker").getId();
        child = families.addPerson(familyId,
                testFamilies.person("Noor", "Bakker", LocalDate.of(2014, 9, 1), FamilyRole.CHILD));
        PlanDraft first = PlanDraft.empty();
        first.goals().add(Goal.create(Law.JEUGDWET, child.getId(), "Naar school", "5 dagen per week", null,
                GoalStatus.OPEN));
        plans.save(familyId, first);
        UI.getCurrent().add(new PlanPanel(plans, directory, familyId, List.of(child)));
    }

    @Test
    void theConsultantRecordsConsentGivenInAConversationAtAnyMoment() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-consent")).getText())
                .isEqualTo("Het gezin heeft nog niet ingestemd met de nieuwste versie.");

        _click(_get(Button.class, spec -> spec.withText("Instemming vastleggen")));
        ConsentDialog dialog = _get(ConsentDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Vastleggen")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Kies hoe het gezin heeft ingestemd: op papier of in een gesprek.");
        assertThat(plans.currentVersionAgreed(familyId)).isFalse();
        _setValue(dialog.channel, AgreementChannel.CONVERSATION);
        _click(_get(dialog, Button.class, spec -> spec.withText("Vastleggen")));

        NotificationsKt.expectNotifications("De instemming met versie 1 is vastgelegd.");
        assertThat(plans.currentVersionAgreed(familyId)).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-consent")).getText())
                .isEqualTo("Het gezin heeft ingestemd met de nieuwste versie.");
        _assertNone(Button.class, spec -> spec.withText("Instemming vastleggen"));
    }

    @Test
    void showsTheCurrentVersionWithItsGoalsAndMemberNames() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-byline")).getText())
                .startsWith("Versie 1, opgeslagen door Anna de Vries op ");
        GoalGrid goals = _get(GoalGrid.class);
        assertThat(_getFormattedRow(goals, 0)).containsSequence("Jeugdwet", "Noor Bakker", "Naar school");
    }

    @Test
    void aGoalAddedInTheEditorIsSavedAsTheNextVersionAndShown() {
        _click(_get(Button.class, spec -> spec.withText("Plan bewerken")));
        typeGoal("Huishouden op orde", "Elke week is het huis schoon");
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        _assertNone(PlanEditor.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-byline")).getText())
                .startsWith("Versie 2, opgeslagen door Anna de Vries op ");
        assertThat(_size(_get(GoalGrid.class))).isEqualTo(2);
        assertThat(plans.current(familyId)).get().extracting(PlanVersion::number).isEqualTo(2);
    }

    @Test
    void anIncompleteGoalIsNotAddedAndWhatWasTypedStays() {
        PlanEditor editor = openEditor();
        typeGoal("Huishouden op orde", "");
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));

        TextArea result = _get(TextArea.class, spec -> spec.withLabel("Meetbaar resultaat"));
        assertThat(result.isInvalid()).isTrue();
        assertThat(result.getErrorMessage()).isEqualTo("Schrijf bij elk doel op hoe u ziet dat het doel bereikt is.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Doel")).getValue()).isEqualTo("Huishouden op orde");
        assertThat(_size(_get(editor, GoalGrid.class))).isEqualTo(1);
    }

    @Test
    void aRefusedSaveKeepsTheEditorOpenWithEverythingTyped() {
        PlanEditor editor = openEditor();
        typeGoal("Huishouden op orde", "Elke week is het huis schoon");
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));
        PlanDraft colleagues = PlanDraft.from(plans.current(familyId).orElseThrow());
        colleagues.goals().clear();
        plans.save(familyId, colleagues);

        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(editor.isOpened()).isTrue();
        assertThat(_get(editor, Paragraph.class, spec -> spec.withId("plan-refusal")).getText())
                .startsWith("Iemand anders heeft het plan net ook opgeslagen.");
        assertThat(_size(_get(editor, GoalGrid.class))).isEqualTo(2);
    }

    @Test
    void aGoalStillInItsFormStopsTheSaveWithAMessageInsteadOfBeingDropped() {
        PlanEditor editor = openEditor();
        typeGoal("Huishouden op orde", "Elke week is het huis schoon");

        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(editor.isOpened()).isTrue();
        assertThat(_get(editor, Paragraph.class, spec -> spec.withId("plan-refusal")).getText())
                .startsWith("Op het tabblad Doelen staat invoer die nog niet is toegevoegd");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Doel")).getValue()).isEqualTo("Huishouden op orde");
        assertThat(plans.versions(familyId)).hasSize(1);
    }

    @Test
    void aTargetDateThePickerCannotReadIsNamedAndStopsTheSave() {
        PlanEditor editor = openEditor();
        typeGoal("Huishouden op orde", "Elke week is het huis schoon");
        DatePicker targetDate = _get(DatePicker.class, spec -> spec.withLabel("Streefdatum"));
        Typing.date(targetDate, "31-02-2024");

        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(targetDate.getErrorMessage()).startsWith("Deze datum bestaat niet of is onleesbaar.");
        assertThat(_get(editor, Paragraph.class, spec -> spec.withId("plan-refusal")).getText())
                .startsWith("Op het tabblad Doelen staat invoer");
        assertThat(plans.versions(familyId)).hasSize(1);
    }

    @Test
    void aSaveWithoutChangesSaysSoAndMakesNoVersion() {
        PlanEditor editor = openEditor();

        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(editor, Paragraph.class, spec -> spec.withId("plan-refusal")).getText())
                .isEqualTo("Er is niets veranderd ten opzichte van versie 1: er is geen nieuwe versie gemaakt.");
        assertThat(plans.versions(familyId)).hasSize(1);
    }

    @Test
    void comparingShowsWhatChangedBetweenTwoVersions() {
        PlanDraft second = PlanDraft.from(plans.current(familyId).orElseThrow());
        second.goals().add(Goal.create(Law.WMO, null, "Huishouden op orde", "Elke week schoon", null, GoalStatus.OPEN));
        plans.save(familyId, second);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new PlanPanel(plans, directory, familyId, List.of(child)));

        _click(_get(Button.class, spec -> spec.withText("Vergelijk")));

        @SuppressWarnings("unchecked")
        ChangeGrid<Goal> goals = _find(_get(PlanComparisonDialog.class), ChangeGrid.class).get(0);
        assertThat(_getFormattedRow(goals, 0)).startsWith("Hetzelfde");
        assertThat(_getFormattedRow(goals, 1)).startsWith("Nieuw", "Wmo, Hele gezin: Huishouden op orde");
    }

    @Test
    void aReaderWhoMayNotChangeThePlanIsNotOfferedToEditIt() {
        loginAs("marieke");
        UI.getCurrent().removeAll();

        UI.getCurrent().add(new PlanPanel(plans, directory, familyId, List.of(child)));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-byline")).getText()).startsWith("Versie 1");
        _assertNone(Button.class, spec -> spec.withText("Plan bewerken"));
    }

    @Test
    void aSaveRefusedForLackOfRightSaysSoInTheEditorInsteadOfDoingNothing() {
        loginAs("marieke");
        PlanDraft draft = PlanDraft.from(plans.version(familyId, 1));
        PlanEditor editor = new PlanEditor(plans, familyId, draft, java.util.Map.of(child.getId(), "Noor Bakker"),
                saved -> { });
        editor.open();

        _click(_get(editor, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(editor.isOpened()).isTrue();
        assertThat(_get(editor, Paragraph.class, spec -> spec.withId("plan-refusal")).getText())
                .startsWith("U mag dit niet doen.");
    }

    private static PlanEditor openEditor() {
        _click(_get(Button.class, spec -> spec.withText("Plan bewerken")));
        return _get(PlanEditor.class);
    }

    @SuppressWarnings("unchecked")
    private void typeGoal(String description, String result) {
        _setValue(_get(Select.class, spec -> spec.withLabel("Wet")), Law.WMO);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Doel")), description);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Meetbaar resultaat")), result);
    }
}
