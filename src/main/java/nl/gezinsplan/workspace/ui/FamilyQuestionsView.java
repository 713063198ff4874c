package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.WaitingQuestions;
import nl.gezinsplan.security.Role;

/**
 * The families of the consultant's caseload whose questions in the portal wait for an answer, longest waiting first,
 * each a link to the family page where the consultant answers them.
 */
@Route(FamilyQuestionsView.PATH)
@Menu(title = "workspace.questions.nav", order = 2.6, icon = "vaadin:comments")
@RolesAllowed(Role.CONSULTANT_NAME)
public class FamilyQuestionsView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "vragen";

    private final Questions questions;

    public FamilyQuestionsView(Questions questions, LiveUpdates live) {
        this.questions = questions;
        show();
        live.listen(this, LiveUpdates.FAMILY_QUESTIONS, this::show);
    }

    /** The list as it is now: a list only, nothing typed here to lose. */
    private void show() {
        removeAll();
        add(new H1(getTranslation("workspace.questions.nav")),
                new Paragraph(getTranslation("workspace.questions.intro")));
        List<WaitingQuestions> waiting = questions.familiesWaitingForMe();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.questions.none")));
            return;
        }
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        Grid<WaitingQuestions> grid = new Grid<>();
        grid.addComponentColumn(family -> new RouterLink(family.familyName(), FamilyView.class, family.familyId()))
                .setHeader(getTranslation("workspace.questions.family")).setFlexGrow(2).setKey("family");
        grid.addColumn(WaitingQuestions::questions).setHeader(getTranslation("workspace.questions.waiting"));
        grid.addColumn(family -> moments.format(family.since())).setHeader(getTranslation("workspace.questions.since"));
        grid.setItems(waiting);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("waiting-questions");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.questions.nav");
    }
}
