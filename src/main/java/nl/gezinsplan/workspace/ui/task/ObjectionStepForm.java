package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.base.TextLimit;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/**
 * What the forms of an objection's steps share: the objection above the fields (with its term, to extend), a text
 * area limited to its column, and the choice between well-founded and unfounded.
 */
abstract class ObjectionStepForm extends TaskForm {

    final ObjectionRoute route;
    final String taskId;

    ObjectionStepForm(ObjectionRoute route, Objections objections, CaseDocuments documents, String taskId,
                      Consumer<String> leave) {
        super(leave);
        this.route = route;
        this.taskId = taskId;
        long objectionId = route.objectionBehind(taskId).orElseThrow();
        add(new ObjectionCase(objections.get(objectionId), objections, documents, route,
                () -> UI.getCurrent().getPage().reload()));
    }

    void fields(String explanationKey, Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation(explanationKey)), layout);
    }

    TextArea area(String labelKey, TextLimit limit) {
        TextArea area = new TextArea(getTranslation(labelKey));
        FormInput.limit(area, limit);
        area.setWidthFull();
        return area;
    }

    RadioButtonGroup<ObjectionVerdict> verdict(String labelKey) {
        RadioButtonGroup<ObjectionVerdict> verdict = new RadioButtonGroup<>(getTranslation(labelKey));
        verdict.setItems(ObjectionVerdict.values());
        verdict.setItemLabelGenerator(value -> getTranslation("objection.verdict." + value.name()));
        return verdict;
    }
}
