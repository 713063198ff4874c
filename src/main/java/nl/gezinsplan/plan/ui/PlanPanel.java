package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.PlanVersion;
import nl.gezinsplan.plan.PlanVersionSummary;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.plan.Plans;

/**
 * The family plan on the family page: the current version (or an earlier one chosen in the version list), the way
 * to compare two versions, and the way to edit the plan, which always starts from the current version.
 */
public class PlanPanel extends VerticalLayout {

    private final Plans plans;
    private final long familyId;
    private final Map<Long, String> memberNames;
    private final Paragraph byline = new Paragraph();
    private final Select<PlanVersionSummary> versionChoice = new Select<>();
    private final Button compare = new Button();
    private final Button consent = new Button();
    private final Paragraph consentState = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private Optional<PlanVersion> current = Optional.empty();
    private final UserDirectory directory;
    private final Map<String, String> authorNames = new HashMap<>();

    public PlanPanel(Plans plans, UserDirectory directory, long familyId, List<Person> members) {
        this.plans = plans;
        this.directory = directory;
        this.familyId = familyId;
        // in the family's order, as the member choice lists them
        this.memberNames = members.stream()
                .collect(Collectors.toMap(Person::getId, Person::fullName, (same, other) -> same, LinkedHashMap::new));
        setPadding(false);
        byline.setId("plan-byline");

        versionChoice.setLabel(getTranslation("plan.version"));
        versionChoice.setItemLabelGenerator(version -> getTranslation("plan.version.option", version.number(),
                authorName(version.author()), PlanFormat.dateTime(version.createdAt(), getLocale())));
        versionChoice.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                show(plans.version(familyId, event.getValue().number()));
            }
        });
        compare.setText(getTranslation("plan.compare"));
        compare.addClickListener(click -> new PlanComparisonDialog(plans, familyId, versionNumbers(), memberNames)
                .open());
        Button edit = new Button(getTranslation("plan.edit"), click -> edit());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a reader who may not change the plan (a manager, the panel) is not offered a save that would be refused
        edit.setVisible(plans.mayEdit(familyId));
        consent.setText(getTranslation("plan.consent.title"));
        consent.addClickListener(click -> current.ifPresent(version ->
                new ConsentDialog(plans, familyId, version.number(), this::refresh).open()));
        consentState.setId("plan-consent");
        HorizontalLayout actions = new HorizontalLayout(versionChoice, compare, edit, consent);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);

        add(new H2(getTranslation("plan.title")), byline, consentState, actions, content);
        refresh();
    }

    private void refresh() {
        List<PlanVersionSummary> versions = plans.versions(familyId);
        versionChoice.setItems(versions);
        versionChoice.setVisible(!versions.isEmpty());
        compare.setEnabled(versions.size() > 1);
        current = versions.isEmpty() ? Optional.empty() : Optional.of(plans.version(familyId, versions.get(0).number()));
        current.ifPresentOrElse(this::show, () -> {
            byline.setText(getTranslation("plan.none"));
            content.removeAll();
        });
        if (!versions.isEmpty()) {
            versionChoice.setValue(versions.get(0));
        }
        boolean agreed = current.isPresent() && plans.currentVersionAgreed(familyId);
        consentState.setText(current.isEmpty() ? "" : getTranslation(agreed ? "plan.consent.given" : "plan.consent.open"));
        consentState.setVisible(current.isPresent());
        // consent given on paper or in a conversation is recorded at any moment, by whoever may change the plan
        consent.setVisible(current.isPresent() && !agreed && plans.mayEdit(familyId));
    }

    private String authorName(String username) {
        return authorNames.computeIfAbsent(username,
                author -> directory.fullNameOf(author));
    }

    private void show(PlanVersion version) {
        byline.setText(getTranslation("plan.byline", version.number(), authorName(version.author()),
                PlanFormat.dateTime(version.createdAt(), getLocale())));
        GoalGrid goals = new GoalGrid(memberNames);
        goals.setItems(version.goals());
        AgreementGrid agreements = new AgreementGrid();
        agreements.setItems(version.agreements());
        InvolvedGrid involved = new InvolvedGrid();
        involved.setItems(version.involved());
        content.removeAll();
        content.add(new PlanPdfLink(plans, familyId, version.number(), getLocale()),
                new H3(getTranslation("plan.goals")), goals,
                new H3(getTranslation("plan.agreements")), agreements,
                new H3(getTranslation("plan.involved")), involved,
                new Paragraph(getTranslation("plan.professionals", version.professionalsInvolved())));
    }

    private void edit() {
        PlanDraft draft = current.map(PlanDraft::from).orElseGet(PlanDraft::empty);
        new PlanEditor(plans, familyId, draft, memberNames, saved -> refresh()).open();
    }

    private List<Integer> versionNumbers() {
        return versionChoice.getListDataView().getItems().map(PlanVersionSummary::number).toList();
    }
}
