package nl.gezinsplan.objection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.ui.DecisionLetterLink;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionLetters;
import nl.gezinsplan.objection.ObjectionStatus;
import nl.gezinsplan.objection.Objections;

/**
 * The family's objections against its decisions, newest first, with where each stands and, once decided, its letter;
 * a consultant registers a new one here against one of the family's decision letters. {@code step} shows where an
 * open objection is on its route (the page that embeds this knows the route).
 */
public class ObjectionsPanel extends VerticalLayout {

    private final Objections objections;
    private final long familyId;
    private final Grid<Objection> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public ObjectionsPanel(Objections objections, ObjectionLetters letters, long familyId, boolean mayRegister,
                           Function<Objection, Component> step) {
        this.objections = objections;
        this.familyId = familyId;
        setPadding(false);
        List<DecisionLetterSummary> decisions = objections.decisionsOf(familyId);
        Button register = new Button(getTranslation("objection.register"),
                click -> new ObjectionForm(objections, familyId, decisions, LocalDate.now(), this::refresh).open());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setVisible(mayRegister && !decisions.isEmpty());
        register.setId("register-objection");

        grid.addColumn(objection -> Formats.date(objection.getReceivedOn(), getLocale()))
                .setHeader(getTranslation("objection.received-on")).setAutoWidth(true);
        grid.addColumn(objection -> getTranslation("objection.against.value",
                        Long.toString(objection.getRequestId()), Formats.date(objection.getDecidedOn(), getLocale())))
                .setHeader(getTranslation("objection.against")).setFlexGrow(1);
        grid.addColumn(objection -> getTranslation("objection.status." + objection.getStatus().name()))
                .setHeader(getTranslation("objection.status")).setAutoWidth(true);
        grid.addColumn(objection -> objection.getStatus() == ObjectionStatus.OPEN
                        ? Formats.date(objection.getDecisionDue(), getLocale()) : "")
                .setHeader(getTranslation("objection.decision-due")).setAutoWidth(true);
        grid.addComponentColumn(objection -> objection.getStatus() == ObjectionStatus.OPEN ? step.apply(objection)
                        : letters.hasLetter(objection.getId())
                        ? new DecisionLetterLink(getTranslation("objection.letter.download"),
                        () -> letters.download(objection.getId()))
                        : new Span())
                .setHeader(getTranslation("objection.step")).setAutoWidth(true).setKey("step");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("objections");
        none.setText(getTranslation("objection.none"));
        add(new H2(getTranslation("objection.title")), register, none, grid);
        // without a decision there is nothing to object to, and nothing to show
        setVisible(!decisions.isEmpty());
        refresh();
    }

    private void refresh() {
        List<Objection> list = objections.ofFamily(familyId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }
}
