package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.family.Person;

/**
 * The family's requests for help under all three laws, with where each stands; a consultant registers a new one
 * here. {@code step} shows where an open request is on its route (the page that embeds this knows the route); a click
 * on a row opens the request with its history and the {@code actions} the page offers on it.
 */
public class RequestsPanel extends VerticalLayout {

    private final Requests requests;
    private final long familyId;
    private final Grid<Request> grid = new Grid<>();
    private Function<Request, Component> termOfRequest = request -> null;

    public RequestsPanel(Requests requests, Provisions provisions, ResearchReports researchReports, long familyId, List<Person> members,
                         boolean mayRegister, Function<Request, Component> step, RequestActions actions) {
        this.requests = requests;
        this.familyId = familyId;
        setPadding(false);
        Map<Long, String> names = members.stream().collect(Collectors.toMap(Person::getId, Person::fullName));

        Button register = new Button(getTranslation("casework.request.title"),
                click -> new RequestForm(requests, familyId, members, LocalDate.now(), this::refresh).open());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setVisible(mayRegister);

        grid.addColumn(request -> Formats.date(request.getRequestedOn(), getLocale()))
                .setHeader(getTranslation("casework.request.requested-on")).setAutoWidth(true);
        grid.addColumn(request -> names.getOrDefault(request.getPersonId(), ""))
                .setHeader(getTranslation("casework.request.member")).setAutoWidth(true);
        grid.addColumn(request -> getTranslation("casework.law." + request.getLaw().name()))
                .setHeader(getTranslation("casework.request.law")).setAutoWidth(true);
        grid.addColumn(request -> getTranslation("casework.referrer." + request.getReferrer().name()))
                .setHeader(getTranslation("casework.request.referrer")).setAutoWidth(true);
        grid.addColumn(request -> request.getExtensionOf() == null ? "" : getTranslation("casework.request.extension"))
                .setAutoWidth(true);
        grid.addColumn(request -> getTranslation("casework.request.status." + request.getStatus().name()))
                .setHeader(getTranslation("casework.request.status")).setAutoWidth(true);
        Grid.Column<Request> stepColumn = grid.addComponentColumn(request -> request.isOpen() ? step.apply(request)
                        : new Span())
                .setHeader(getTranslation("casework.request.step")).setFlexGrow(1);
        // a click on the row opens the request; a click on the step's link goes to that task instead
        grid.addItemClickListener(click -> {
            if (click.getColumn() != stepColumn) {
                RequestDialog dialog = new RequestDialog(requests, provisions, researchReports, click.getItem(),
                        names.getOrDefault(click.getItem().getPersonId(), ""), mayRegister, this::refresh);
                dialog.addActions(actions.of(click.getItem(), () -> {
                    dialog.close();
                    refresh();
                }));
                Component term = termOfRequest.apply(click.getItem());
                if (term != null) {
                    dialog.add(term);
                }
                dialog.open();
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("casework.requests.title")), register, grid);
        refresh();
    }

    /** What the request's dialog shows of its term (the page that embeds this knows the route's clock). */
    public void setTermOfRequest(Function<Request, Component> termOfRequest) {
        this.termOfRequest = termOfRequest;
    }

    private void refresh() {
        grid.setItems(requests.ofFamily(familyId));
    }
}
