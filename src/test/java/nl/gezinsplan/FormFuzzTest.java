package nl.gezinsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Unit;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.casework.ui.ProvisionsPanel;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workspace.ui.FamilyView;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms of the family page, the catalogue, the inbox, the portal's questions and the administration of users and
 * teams, and the task forms of the start of a route, fuzzed as {@link FormFuzzing} says.
 */
class FormFuzzTest extends FormFuzzing {

    private static final String FOLLOWED = "Opvolgfuzz";

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestTasks testTasks;

    private int counter;

    @Override
    List<Form> forms() {
        Family family = testFamilies.registeredBy("anna", "Fuzz");
        long familyId = family.getId();
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        GrantedCare care = cases.care(Law.JEUGDWET, false, LocalDate.now(), LocalDate.now().plusMonths(12));
        provisionRoute.start(care);
        String startMeeting = tasks.createTaskQuery().processInstanceBusinessKey("provision-" + care.provisionId())
                .singleResult().getId();
        GrantedCare ending = cases.care(Law.JEUGDWET, false, LocalDate.now().minusMonths(2),
                LocalDate.now().plusMonths(10));
        long followed = testFamilies.registeredBy("anna", FOLLOWED).getId();
        String followedUp = testTasks.perspectiveTalk(followed, members.parentOf(followed),
                LocalDate.now().minusYears(17));
        Request proposal = routes.consented(Law.WMO);
        cases.propose(proposal, 30_000, 6, false);
        route.completeProposal(route.openTaskOf(proposal.getId()).orElseThrow().taskId(), "Passend bij wat het gezin nodig heeft");
        GrantedCare residential = cases.care(Law.JEUGDWET, true, LocalDate.now().minusMonths(10),
                LocalDate.now().plusMonths(2));
        String review = engine.getRuntimeService().startProcessInstanceByKey("residentialReview").getId();
        String exitPerspective = tasks.createTaskQuery().processInstanceId(review).list().stream()
                .filter(task -> residential.provisionId() == (Long) tasks.getVariable(task.getId(), "provisionId"))
                .findFirst().orElseThrow().getId();
        long askingFamily = routes.awaitingConsent(Law.WMO).getFamilyId();
        String parent = members.portalLogin(members.parentOf(askingFamily));
        return List.of(
                new Form("new family", this::newFamily, () -> _get(Dialog.class), () -> save(_get(Dialog.class), "Opslaan"),
                        () -> count("select count(*) from family")),
                new Form("new member", () -> newMember(familyId), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Opslaan"),
                        () -> count("select count(*) from person where family_id = " + familyId)),
                new Form("family details", () -> familyDetails(familyId), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Opslaan"),
                        () -> row("select name, street, house_number, postal_code, city, district from family where id = "
                                + familyId)),
                new Form("member", () -> editMember(familyId), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Opslaan"),
                        () -> row("select first_name, last_name, birth_date from person where family_id = "
                                + familyId + " order by id")),
                new Form("end of a provision", () -> endProvision(ending), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Be\u00ebindigen"),
                        () -> row("select coalesce(allocation_end::text, '-'), status from provision where id = "
                                + ending.provisionId())),
                new Form("follow-up date", () -> followUp(followedUp), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Opslaan"), () -> String.valueOf(testTasks.followUpOf(followedUp))),
                new Form("plan goal", () -> planGoal(familyId), () -> goalForm(),
                        () -> save(_get(Dialog.class), "Toevoegen", "Opslaan"),
                        () -> count("select count(*) from plan_version where family_id = " + familyId)),
                new Form("request", () -> newRequest(familyId), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Registreren"),
                        () -> count("select count(*) from request where family_id = " + familyId)),
                new Form("provision", () -> newProvision(familyId), () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Opslaan"),
                        () -> count("select count(*) from provision where family_id = " + familyId)),
                new Form("product", this::newProduct, () -> _get(Dialog.class), () -> save(_get(Dialog.class), "Opslaan"),
                        () -> count("select count(*) from product")),
                new Form("staff member", this::newStaffMember, () -> _get(Dialog.class),
                        () -> save(_get(Dialog.class), "Opslaan"), () -> count("select count(*) from user_account")),
                new Form("team", this::newTeam, FormFuzzTest::teamForm, () -> save(teamForm(), "Nieuw team"),
                        () -> count("select count(*) from team")),
                new Form("triage", () -> task("anna", route.openTaskOf(request.getId()).orElseThrow().taskId(),
                        () -> {
                            @SuppressWarnings("unchecked")
                            RadioButtonGroup<Object> outcome = _get(RadioButtonGroup.class,
                                    spec -> spec.withLabel("Uitkomst op de ladder"));
                            _setValue(outcome, TriageOutcome.RESEARCH);
                        }),
                        FormFuzzing::taskForm, FormFuzzing::completeTask,
                        () -> row("select coalesce(triage_outcome, '-'), coalesce(triage_note, '-') from request where id = "
                                + request.getId())),
                new Form("start meeting", () -> task("anna", startMeeting, () -> {
                    _setValue(_get(TextField.class, spec -> spec.withLabel("Aanwezig")), "moeder, aanbieder");
                    _setValue(_get(TextArea.class, spec -> spec.withLabel("Uitstroomdoel")), "Weer naar school");
                }), FormFuzzing::taskForm, FormFuzzing::completeTask,
                        () -> count("select count(*) from meeting where family_id = " + care.familyId())),
                new Form("manager's rejection", () -> task("marieke",
                        route.openTaskOf(proposal.getId()).orElseThrow().taskId(),
                        () -> _setValue(reason(), "Eerst het netwerk")),
                        () -> reason().getParent().orElseThrow(), () -> save(UI.getCurrent(), "Afwijzen"),
                        () -> count("select count(*) from approval_verdict where request_id = " + proposal.getId())),
                new Form("exit perspective", () -> task("anna", exitPerspective,
                        () -> _setValue(_get(TextArea.class, spec -> spec.withLabel("Antwoord van de aanbieder")),
                                "Terug naar huis")),
                        FormFuzzing::taskForm, FormFuzzing::completeTask,
                        () -> row("select coalesce(exit_perspective, '-') from provision where id = "
                                + residential.provisionId())),
                new Form("portal question", () -> {
                    loginAs(parent);
                    navigate("mijn-gezin/vragen");
                    _setValue(_get(TextArea.class), "Wanneer komt de hulp?");
                }, UI::getCurrent, () -> save(UI.getCurrent(), "Versturen"),
                        () -> count("select count(*) from family_question")),
                new Form("answer to a family", () -> {
                    loginAs(TestCases.consultantOf(Law.WMO));
                    UI.getCurrent().navigate(FamilyView.class, askingFamily);
                    _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Vragen van het gezin")));
                    _setValue(_get(TextArea.class, spec -> spec.withPredicate(area -> area.getLabel().startsWith("Antwoord aan"))), "Volgende week.");
                }, () -> _get(TextArea.class, spec -> spec.withPredicate(area -> area.getLabel().startsWith("Antwoord aan"))).getParent().orElseThrow(),
                        () -> save(UI.getCurrent(), "Antwoord versturen"),
                        () -> count("select count(*) from family_question where not from_family")),
                new Form("provider", () -> {
                    loginAs("beheer");
                    navigate("beheer/producten");
                    _get(TabSheet.class).setSelectedIndex(1);
                    _setValue(newProviderName(), "Fuzzhulp " + ++counter);
                }, () -> newProviderName().getParent().orElseThrow(),
                        () -> save(newProviderName().getParent().orElseThrow(), "Toevoegen"),
                        () -> count("select count(*) from provider")),
                new Form("case note", () -> {
                    openNotes(familyId);
                    _setValue(noteText(), "Huisbezoek gedaan.");
                }, () -> noteText().getParent().orElseThrow(), () -> save(noteText().getParent().orElseThrow(), "Opslaan"),
                        () -> count("select count(*) from case_note where family_id = " + familyId)),
                new Form("saved filter", () -> {
                    loginAs("anna");
                    navigate("werkvoorraad");
                    _click(_get(Button.class, spec -> spec.withText("Filter opslaan")));
                    text("Naam van het filter", "Mijn filter " + ++counter);
                }, () -> _get(Dialog.class), () -> save(_get(Dialog.class), "Filter opslaan"),
                        () -> count("select count(*) from inbox_filter")));
    }

    @Override
    List<Search> searches() {
        return List.of(
                new Search("family search", () -> {
                    loginAs("anna");
                    navigate("gezinnen");
                    _setValue(_get(TextField.class, spec -> spec.withPlaceholder(
                            "Zoek op naam, BSN of geboortedatum (d-m-jjjj)")),
                            "Fuzz");
                }, UI::getCurrent, () -> GridKt._size(_get(Grid.class))),
                new Search("catalogue search", () -> {
                    loginAs("beheer");
                    navigate("beheer/producten");
                    _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Zoek op code of naam")), "");
                }, () -> _get(TextField.class, spec -> spec.withPlaceholder("Zoek op code of naam")),
                        () -> GridKt._size(_find(Grid.class).get(0))),
                // finds the note the form "case note" saved with good input
                new Search("notes search", () -> {
                    openNotes(jdbc.sql("select max(family_id) from case_note where text = 'Huisbezoek gedaan.'")
                            .query(Long.class).single());
                    _setValue(_get(TextField.class, spec -> spec.withLabel("Zoeken in notities")), "huisbezoek");
                }, () -> _get(TextField.class, spec -> spec.withLabel("Zoeken in notities")),
                        () -> _find(Component.class, spec -> spec.withClasses("case-note")).size()),
                new Search("user search", () -> {
                    loginAs("beheer");
                    navigate("beheer/gebruikers");
                    _setValue(userSearch(), "anna");
                }, FormFuzzTest::userSearch, () -> GridKt._size(_get(Grid.class))),
                new Search("audit log filters", () -> {
                    loginAs("marieke");
                    navigate("inzagelog");
                    _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "");
                }, UI::getCurrent, () -> GridKt._fetch(_get(Grid.class), 0, 50).size()));
    }

    private void openNotes(long familyId) {
        openFamily(familyId);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Notities")));
    }

    private static TextArea noteText() {
        return _get(TextArea.class, spec -> spec.withLabel("De notitie"));
    }

    private static TextField userSearch() {
        return _get(TextField.class, spec -> spec.withLabel("Zoek op naam of gebruikersnaam"));
    }

    private static TextArea reason() {
        return _get(TextArea.class, spec -> spec.withLabel("Reden (verplicht bij afwijzen)"));
    }

    private static TextField newProviderName() {
        return _get(TextField.class, spec -> spec.withPlaceholder("Nieuwe zorgaanbieder"));
    }

    private void newFamily() {
        loginAs("bram");
        navigate("gezinnen");
        _click(_get(Button.class, spec -> spec.withText("Nieuw gezin")));
        text("Naam van het gezin", "Fuzz " + ++counter);
        member("Fuzz");
    }

    private void newMember(long familyId) {
        openFamily(familyId);
        _click(_get(Button.class, spec -> spec.withText("Gezinslid toevoegen")));
        member("Fuzz");
    }

    private void member(String lastName) {
        text("Voornaam", "Lotte");
        text("Achternaam", lastName);
        _setValue(_get(_get(Dialog.class), DatePicker.class, spec -> spec.withLabel("Geboortedatum")),
                LocalDate.of(1988, 2, 3));
        _setValue(select("Rol in het gezin"), FamilyRole.PARENT);
    }

    @SuppressWarnings("unchecked")
    private void editMember(long familyId) {
        openFamily(familyId);
        Grid<Object> members = _find(Grid.class).stream().filter(grid -> grid.getColumnByKey("edit") != null)
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(members, 0, "edit"));
        text("Voornaam", "Lotte " + ++counter);
    }

    @SuppressWarnings("unchecked")
    private void endProvision(GrantedCare care) {
        openFamily(care.familyId());
        _get(TabSheet.class).setSelectedIndex(2);
        Grid<Object> provisions = _get(_get(ProvisionsPanel.class), Grid.class);
        provisions.select(GridKt._get(provisions, 0));
        _click(_get(Button.class, spec -> spec.withText("Be\u00ebindigen")));
    }

    /** The inbox's follow-up dialog of the task, which is the only one of its family. */
    @SuppressWarnings("unchecked")
    private void followUp(String taskId) {
        loginAs("anna");
        navigate("werkvoorraad");
        Grid<Object> inbox = _get(Grid.class, spec -> spec.withId("inbox"));
        inbox.select(GridKt._findAll(inbox).stream()
                .filter(line -> FOLLOWED.equals(GridKt._getFormatted(inbox.getColumnByKey("family"), line)))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Opvolgdatum")));
        _setValue(_get(_get(Dialog.class), DatePicker.class), LocalDate.now().plusWeeks(1));
    }

    private void familyDetails(long familyId) {
        openFamily(familyId);
        _click(_get(Button.class, spec -> spec.withText("Gezinsgegevens wijzigen")));
        text("Naam van het gezin", "Fuzz " + ++counter);
        text("Straat", "Stationsstraat");
        text("Huisnummer", "12a");
        text("Postcode", "8232 AB");
    }

    private void planGoal(long familyId) {
        openFamily(familyId);
        _click(_get(Button.class, spec -> spec.withText("Plan bewerken")));
        _setValue(select("Wet"), Law.WMO);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Doel")), "Huishouden op orde " + ++counter);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Meetbaar resultaat")), "Elke week schoon");
    }

    private static Component goalForm() {
        return _get(TextArea.class, spec -> spec.withLabel("Doel")).getParent().orElseThrow();
    }

    private void newRequest(long familyId) {
        openFamily(familyId);
        _get(TabSheet.class).setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withText("Hulpvraag registreren")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> member = _get(ComboBox.class, spec -> spec.withLabel("Gezinslid"));
        _setValue(member, member.getListDataView().getItem(0));
        _setValue(select("Wet"), Law.WMO);
        _setValue(select("Melder"), Referrer.SELF);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Hulpvraag")), "Hulp bij het huishouden");
    }

    @SuppressWarnings("unchecked")
    private void newProvision(long familyId) {
        openFamily(familyId);
        _get(TabSheet.class).setSelectedIndex(2);
        _click(_get(Button.class, spec -> spec.withText("Voorziening toevoegen")));
        ComboBox<Object> member = _get(ComboBox.class, spec -> spec.withLabel("Gezinslid"));
        _setValue(member, member.getListDataView().getItem(0));
        _setValue(select("Wet"), Law.JEUGDWET);
        ComboBox<Object> product = _get(ComboBox.class, spec -> spec.withLabel("Product"));
        _setValue(product, product.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).findFirst()
                .orElseThrow());
        ComboBox<Object> provider = _get(ComboBox.class, spec -> spec.withLabel("Zorgaanbieder"));
        _setValue(provider, provider.getListDataView().getItem(0));
        _setValue(_get(BigDecimalField.class), new BigDecimal("2.5"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Toegewezen tot en met")),
                LocalDate.now().plusMonths(6));
    }

    private void newStaffMember() {
        loginAs("beheer");
        navigate("beheer/gebruikers");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe gebruiker")));
        String username = "fuzz-" + ++counter;
        text("Voornaam", "Fien");
        text("Achternaam", "Fuzz");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")), username + "@gemeente.example");
        text("Gebruikersnaam", username);
    }

    private void newTeam() {
        loginAs("beheer");
        navigate("beheer/teams");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van het team")), "Fuzzteam " + ++counter);
    }

    private static Component teamForm() {
        return _get(Button.class, spec -> spec.withText("Nieuw team")).getParent().orElseThrow();
    }

    private void newProduct() {
        loginAs("beheer");
        navigate("beheer/producten");
        _click(_get(Button.class, spec -> spec.withText("Nieuw product")));
        text("Code", "FZ" + ++counter);
        text("Naam", "Fuzzproduct");
        _setValue(select("Wet"), Law.WMO);
        text("Categorie", "04");
        _setValue(select("Eenheid"), Unit.HOUR);
        _setValue(_get(BigDecimalField.class), new BigDecimal("61.50"));
    }

}
