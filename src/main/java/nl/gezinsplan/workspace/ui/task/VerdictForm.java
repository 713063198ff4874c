package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.BudgetUse;
import nl.gezinsplan.casework.Budgets;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.FamilyCost;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.Verdict;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workflow.Workflow;

/**
 * The four-eyes check or the manager's approval of a proposal: what is proposed, what the family already receives
 * across the three laws, for a manager what the law's budget already carries; approve, or reject with a reason.
 */
class VerdictForm extends TaskForm {

    final TextArea reason = new TextArea();

    VerdictForm(Workflow workflow, RequestRoute route, Provisions provisions, Budgets budgets, WorkItem task,
                boolean manager, Consumer<String> leave) {
        super(leave);
        ProposedProvisions proposed = new ProposedProvisions();
        proposed.show(provisions.ofRequest(route.requestOf(task.taskId())));
        FamilyCost family = provisions.costOf(task.familyId());
        add(new Paragraph(getTranslation("workspace.task.verdict.waiting",
                        Duration.between(task.created(), Instant.now()).toDays())),
                proposed,
                new Paragraph(getTranslation("workspace.task.verdict.family-total",
                        Formats.euros(family.total(), getLocale()))));
        if (manager && task.law() != null) {
            add(budget(budgets.of(task.law())));
        }
        reason.setLabel(getTranslation("workspace.task.verdict.reason"));
        FormInput.limit(reason, CaseworkLimits.VERDICT_REASON);
        reason.setWidthFull();
        Button reject = new Button(getTranslation("workspace.task.verdict.reject"),
                click -> complete(() -> workflow.complete(task.taskId(), Verdict.reject(reason.getValue()))));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(reason, error(), new HorizontalLayout(completeButton("workspace.task.verdict.approve",
                () -> workflow.complete(task.taskId(), Verdict.approve())), reject));
    }

    private Paragraph budget(BudgetUse use) {
        Paragraph budget = new Paragraph(getTranslation("workspace.task.verdict.budget",
                getTranslation("casework.law." + use.law().name()), Formats.euros(use.committed(), getLocale()),
                Formats.euros(use.ceiling(), getLocale()), use.percent()));
        budget.addClassName(use.percent() >= 90 ? "budget-warning" : "budget");
        return budget;
    }
}
