package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.LiveScreen;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.form.BuiltWhenShown;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.workflow.ObjectionRoute;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workspace.ui.task.TaskView;
import nl.gezinsplan.benefit.ui.MeasuresPanel;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyFile;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.ui.FamilyDialogs;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.springframework.security.access.AccessDeniedException;

/**
 * One family on one page: its members, its one contact person, its plan, all its provisions across the three laws,
 * and what happened. Opening it is audited as one read of the parts shown; a user without access sees a refusal, and
 * that attempt is audited too. {@code ?tab=plan|vragen|documenten|terugkoppeling} opens it on that tab (the links of
 * notifications).
 */
@Route("gezinnen")
@RolesAllowed({Role.CONSULTANT_NAME, Role.MANAGER_NAME, Role.PANEL_NAME})
public class FamilyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Families families;
    private final FamilyPanels panels;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock;
    private final RequestRoute route;
    private final ObjectionRoute objectionRoute;
    private final AuditLog audit;
    private final LiveUpdates live;
    private String title = "";
    /** The tabs a link may open by the query parameter {@code tab}, to the keys of their labels. */
    private static final Map<String, String> LINKED_TABS = Map.of("plan", "workspace.family.plan",
            "vragen", "workspace.questions.tab", "documenten", "casefile.documents.tab",
            "terugkoppeling", "portal.care.staff.tab");
    private String linkedTab;
    private TabSheet sections;
    private LiveScreen liveScreen;

    public FamilyView(Families families, FamilyPanels panels, CurrentUser currentUser, UserDirectory directory,
                      Clock clock, RequestRoute route, ObjectionRoute objectionRoute, AuditLog audit,
                      LiveUpdates live) {
        this.families = families;
        this.panels = panels;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
        this.route = route;
        this.objectionRoute = objectionRoute;
        this.audit = audit;
        this.live = live;
        addClassName("family-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long familyId) {
        removeAll();
        linkedTab = event.getLocation().getQueryParameters().getSingleParameter("tab")
                .map(LINKED_TABS::get).orElse(null);
        if (liveScreen != null) {
            liveScreen.stop();
            liveScreen = null;
        }
        try {
            audit.onePageView(() -> show(families.open(familyId)));
            // what colleagues, the route and the family in the portal change shows here without a reload
            liveScreen = LiveScreen.listen(live, this, LiveUpdates.family(familyId), () -> reload(familyId));
        } catch (AccessDeniedException | NoSuchElementException refused) {
            title = getTranslation("workspace.family.refused.title");
            add(new H1(title), new Paragraph(getTranslation("workspace.family.refused")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(FamilyFile file) {
        long familyId = file.family().getId();
        boolean consultant = currentUser.require().role() == Role.CONSULTANT;
        title = getTranslation("workspace.family.title", file.family().getName());

        // one line for name, address and edit; members and contact person side by side: the tabs start in view
        Span address = new Span(Stream.of(file.family().address(), file.family().getDistrict())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · ")));
        address.addClassName("family-address");
        HorizontalLayout header = new HorizontalLayout(new H1(title), address);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("family-header");
        if (consultant) {
            Button edit = new Button(getTranslation("family.edit"), VaadinIcon.EDIT.create(),
                    click -> FamilyDialogs.editFamily(families, file.family(), saved -> reload(familyId)).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            header.add(edit);
        }
        HorizontalLayout summary = new HorizontalLayout(members(file, consultant), contactPerson(file));
        summary.setWidthFull();
        summary.addClassName("family-summary");

        sections = new TabSheet();
        sections.setWidthFull();
        sections.add(getTranslation("workspace.family.plan"), panels.plan(familyId, file.members()));
        sections.add(getTranslation("workspace.family.requests"), whenShown(() -> panels.requests(familyId,
                file.members(), consultant, request -> routeStep(request.getId()))));
        sections.add(getTranslation("workspace.family.provisions"),
                whenShown(() -> panels.provisions(familyId, file.members())));
        MeasuresPanel measures = panels.measures(familyId, file.members());
        if (measures.isRelevant()) {
            sections.add(getTranslation("benefit.measures.title"), measures);
        }
        sections.add(getTranslation("decision.letters.title"), whenShown(() -> {
            VerticalLayout letters = new VerticalLayout(panels.letters(familyId),
                    panels.objections(familyId, consultant, objection -> objectionStep(objection.getId())));
            letters.setPadding(false);
            return letters;
        }));
        sections.add(getTranslation("casefile.documents.tab"),
                whenShown(() -> panels.documents(familyId, file.members(), consultant)));
        sections.add(getTranslation("portal.access.tab"), whenShown(() -> panels.portalAccess(familyId, consultant)));
        sections.add(getTranslation("portal.care.staff.tab"), whenShown(() -> panels.careFeedback(familyId)));
        sections.add(getTranslation("workspace.questions.tab"), whenShown(() -> panels.questions(familyId, consultant)));
        sections.add(getTranslation("casefile.notes.tab"), whenShown(() -> panels.notes(familyId, consultant)));
        sections.add(getTranslation("workspace.family.timeline"), whenShown(() -> timeline(familyId)));

        selectLinkedTab(sections);
        add(header, summary, sections);
    }

    /**
     * A tab built when first opened, its reads recorded as one view of the family as the page's own are; refused when
     * the user lost access to the family since the page opened.
     */
    private Component whenShown(SerializableSupplier<Component> tab) {
        return new BuiltWhenShown(() -> {
            List<Component> built = new ArrayList<>(1);
            try {
                audit.onePageView(() -> built.add(tab.get()));
                return built.get(0);
            } catch (AccessDeniedException refused) {
                return new Paragraph(getTranslation("workspace.family.refused"));
            }
        });
    }

    private void selectLinkedTab(TabSheet sections) {
        for (int index = 0; linkedTab != null && index < sections.getTabCount(); index++) {
            if (getTranslation(linkedTab).equals(sections.getTabAt(index).getLabel())) {
                sections.setSelectedIndex(index);
            }
        }
    }

    private Component objectionStep(long objectionId) {
        return objectionRoute.openTaskOf(objectionId)
                .<Component>map(step -> new RouterLink(TaskNames.of(step.taskKey()), TaskView.class, step.taskId()))
                .orElseGet(Span::new);
    }

    private Component routeStep(long requestId) {
        return route.openTaskOf(requestId)
                .<Component>map(step -> new RouterLink(TaskNames.of(step.taskKey()), TaskView.class, step.taskId()))
                .orElseGet(() -> new Span(getTranslation("workspace.family.request.awaiting-consent")));
    }

    private Component members(FamilyFile file, boolean consultant) {
        long familyId = file.family().getId();
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<Person> grid = new Grid<>();
        grid.addColumn(Person::fullName).setHeader(getTranslation("workspace.member.name")).setFlexGrow(2)
                .setKey("name");
        grid.addColumn(Person::maskedBsn).setHeader(getTranslation("family.person.bsn"));
        grid.addColumn(person -> dates.format(person.getBirthDate())).setHeader(getTranslation("family.person.birth-date"));
        grid.addColumn(person -> person.ageOn(today)).setHeader(getTranslation("workspace.member.age")).setFlexGrow(0)
                .setKey("age");
        grid.addColumn(person -> getTranslation("family.role." + person.getFamilyRole().name()))
                .setHeader(getTranslation("family.person.role"));
        if (consultant) {
            grid.addComponentColumn(person -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        click -> FamilyDialogs.editMember(families, person, saved -> reload(familyId)).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("family.person.edit") + " " + person.fullName());
                return edit;
            }).setKey("edit").setFlexGrow(0);
        }
        grid.setItems(file.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        new ColumnSets(grid, "name", "age", "edit");
        grid.setId("members");

        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("workspace.members")));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (consultant) {
            Button add = new Button(getTranslation("family.person.add"), VaadinIcon.PLUS.create(),
                    click -> FamilyDialogs.addMember(families, familyId, added -> reload(familyId)).open());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            heading.add(add);
        }
        VerticalLayout section = new VerticalLayout(heading, grid);
        section.setPadding(false);
        section.setSpacing(false);
        section.addClassName("family-members");
        return section;
    }

    private Component contactPerson(FamilyFile file) {
        long familyId = file.family().getId();
        Div card = new Div();
        card.addClassName("contact-person");
        card.add(new H2(getTranslation("workspace.contact")));
        file.contactPerson().ifPresentOrElse(
                contact -> card.add(new Paragraph(getTranslation("workspace.contact.current", contact.fullName(),
                        nonEmpty(contact.email()),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                                .format(contact.since().atZone(clock.getZone()))))),
                () -> card.add(new Paragraph(getTranslation("workspace.contact.none"))));

        ComboBox<DirectoryUser> successor = new ComboBox<>();
        successor.setPlaceholder(getTranslation("workspace.contact.hand-over"));
        successor.setAriaLabel(getTranslation("workspace.contact.hand-over"));
        successor.setItems(directory.findUsers(UserFilter.group(Role.CONSULTANT.groupId()), 0, 500));
        successor.setItemLabelGenerator(DirectoryUser::fullName);
        Button handOver = new Button(getTranslation("workspace.contact.hand-over.confirm"), click -> {
            if (successor.getValue() == null) {
                return;
            }
            try {
                families.assignContactPerson(familyId, successor.getValue().username());
                Notification.show(getTranslation("workspace.contact.handed-over", successor.getValue().fullName()));
                reload(familyId);
            } catch (InvalidInput refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
            } catch (AccessDeniedException refused) {
                Notification.show(getTranslation("input.refused"));
                getUI().ifPresent(ui -> ui.navigate(FamilySearchView.class));
            }
        });
        handOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout reassignment = new HorizontalLayout(successor, handOver);
        reassignment.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        reassignment.setWrap(true);
        // the panel reads the file to judge a request; handing it to another contact person is not theirs to do
        reassignment.setVisible(currentUser.require().role() != Role.PANEL);
        card.add(reassignment);
        return card;
    }

    private Component timeline(long familyId) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(event -> moments.format(event.at())).setHeader(getTranslation("workspace.timeline.when"));
        grid.addColumn(event -> getTranslation(event.subject(), nonEmpty(event.detail())))
                .setHeader(getTranslation("workspace.timeline.what")).setFlexGrow(3);
        Map<String, String> names = new HashMap<>();
        grid.addColumn(event -> names.computeIfAbsent(event.actor(),
                        actor -> directory.fullNameOf(actor)))
                .setHeader(getTranslation("workspace.timeline.who"));
        grid.setItems(families.timeline(familyId, 200));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("timeline");
        return grid;
    }

    /** Shows the family as it is now, on the same tab. */
    private void reload(long familyId) {
        int tab = sections == null ? 0 : sections.getSelectedIndex();
        removeAll();
        try {
            audit.onePageView(() -> show(families.open(familyId)));
        } catch (AccessDeniedException | NoSuchElementException refused) {
            // no longer theirs (handed to a colleague, the work ended): as on opening it
            title = getTranslation("workspace.family.refused.title");
            add(new H1(title), new Paragraph(getTranslation("workspace.family.refused")));
            return;
        }
        sections.setSelectedIndex(Math.min(tab, sections.getTabCount() - 1));
        if (liveScreen != null) {
            liveScreen.rebuilt();
        }
    }

    private static String nonEmpty(String value) {
        return value == null ? "" : value;
    }
}
