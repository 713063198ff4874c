package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.PlanVersion;
import nl.gezinsplan.plan.Plans;

/**
 * Edits a copy of the plan; saving makes the next version. When the save is refused the dialog stays open with
 * everything typed, and says why.
 */
class PlanEditor extends Dialog {

    private final Plans plans;
    private final long familyId;
    private final PlanDraft draft;
    private final Consumer<PlanVersion> onSaved;
    private final Paragraph refusal = new Paragraph();
    private final Map<String, ItemSection<?>> sections = new LinkedHashMap<>();

    PlanEditor(Plans plans, long familyId, PlanDraft draft, Map<Long, String> memberNames,
               Consumer<PlanVersion> onSaved) {
        this.plans = plans;
        this.familyId = familyId;
        this.draft = draft;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("plan.editor.title"));
        setWidth("min(64rem, 95vw)");
        setCloseOnOutsideClick(false);

        sections.put("plan.goals", new ItemSection<>(draft.goals(), new GoalGrid(memberNames), new GoalForm(memberNames)));
        sections.put("plan.agreements", new ItemSection<>(draft.agreements(), new AgreementGrid(), new AgreementForm()));
        sections.put("plan.involved", new ItemSection<>(draft.involved(), new InvolvedGrid(), new InvolvedForm()));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        sections.forEach((titleKey, section) -> tabs.add(getTranslation(titleKey), section));
        refusal.setId("plan-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        add(refusal, tabs);

        Button save = new Button(getTranslation("plan.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("plan.editor.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    /** An item still in its form (being added or changed, or with a date that cannot be read) stops the save. */
    private void save() {
        Optional<String> unapplied = sections.entrySet().stream()
                .filter(section -> section.getValue().hasUnappliedInput())
                .map(section -> getTranslation("plan.editor.item-unsaved", getTranslation(section.getKey())))
                .findFirst();
        Optional<String> refused = unapplied.isPresent() ? unapplied : FormInput.save(this, () -> {
            PlanVersion saved = plans.save(familyId, draft);
            close();
            onSaved.accept(saved);
            Notification.show(getTranslation("plan.editor.saved", saved.number()));
        });
        refused.ifPresent(message -> {
            refusal.setText(message);
            refusal.setVisible(true);
        });
    }
}
