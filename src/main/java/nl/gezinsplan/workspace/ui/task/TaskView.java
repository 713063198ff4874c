package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchReport;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyFile;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workspace.ui.FamilyPanels;
import nl.gezinsplan.workspace.ui.FamilyView;
import nl.gezinsplan.workspace.ui.InboxView;
import nl.gezinsplan.workspace.ui.TaskNames;

/**
 * One task, worked on with the family in view: its case (for a request's route) and form on the left, the family's
 * plan and provisions on the right.
 * A task the user no longer has (a colleague took or finished it) sends them back to their inbox, saying so.
 */
@Route("taak")
@RolesAllowed({Role.CONSULTANT_NAME, Role.MANAGER_NAME, Role.PANEL_NAME})
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {


    private final Inbox inbox;
    private final RequestRoute route;
    private final Requests requests;
    private final TaskForms forms;
    private final Families families;
    private final FamilyPanels panels;
    private final AuditLog audit;
    private final Provisions provisions;
    private final ResearchReports researchReports;
    private final UserDirectory directory;
    private final Clock clock;
    private String title = "";
    private Registration resize;
    /** The split of the task shown now; an answer about the window's width for an earlier one is ignored. */
    private SplitLayout shownSplit;

    public TaskView(Inbox inbox, RequestRoute route, Requests requests, TaskForms forms, Families families,
                    FamilyPanels panels, AuditLog audit, Provisions provisions, ResearchReports researchReports,
                    UserDirectory directory, Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
        this.route = route;
        this.requests = requests;
        this.provisions = provisions;
        this.researchReports = researchReports;
        this.directory = directory;
        this.forms = forms;
        this.families = families;
        this.panels = panels;
        this.audit = audit;
        addClassName("task-view");
        setSizeFull();
        addDetachListener(detach -> stopFollowingWindow());
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        stopFollowingWindow();
        removeAll();
        Optional<WorkItem> task = inbox.task(taskId);
        if (task.isEmpty()) {
            title = getTranslation("workspace.task.gone.title");
            add(new H1(title), new Paragraph(getTranslation("workspace.task.taken")),
                    new RouterLink(getTranslation("workspace.task.to-inbox"), InboxView.class));
            return;
        }
        audit.onePageView(() -> show(task.get()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(WorkItem task) {
        title = TaskNames.of(task.taskKey());
        FamilyFile file = families.open(task.familyId());
        String person = file.members().stream().filter(member -> member.getId().equals(task.personId()))
                .map(Person::fullName).findFirst().orElse("");
        HorizontalLayout about = new HorizontalLayout(
                new RouterLink(file.family().getName(), FamilyView.class, task.familyId()),
                new Paragraph(person));
        about.addClassName("task-about");
        if (task.due() != null) {
            about.add(new Paragraph(getTranslation("workspace.task.due",
                    Formats.date(task.due().atZone(ClockConfiguration.MUNICIPALITY_ZONE)
                            .toLocalDate(), getLocale()))));
        }
        VerticalLayout work = new VerticalLayout();
        work.setPadding(false);
        Optional<Request> request = route.requestBehind(task.taskId()).map(requests::get);
        request.ifPresent(behind -> work.add(caseOf(behind, task)));
        work.add(forms.formFor(task, file.members(), this::leave));
        if (request.isEmpty()) {
            work.add(panels.recentNotesOfFamily(task.familyId()), panels.recentDocuments(task.familyId(), null));
        }
        TabSheet family = new TabSheet();
        family.add(getTranslation("workspace.family.plan"), panels.plan(task.familyId(), file.members()));
        family.add(getTranslation("workspace.family.provisions"), panels.provisions(task.familyId(), file.members()));
        work.addClassName("task-work");
        SplitLayout split = new SplitLayout(work, family);
        split.setSplitterPosition(45);
        split.setSizeFull();
        add(new H1(title), about, split);
        followWindow(split, work, family);
    }

    /**
     * Form and family side by side; on a phone (a window at most {@value ColumnSets#PHONE_WIDTH} px wide, as app.css) the family
     * below the form, so neither is squeezed into half of 375 px (WCAG 1.4.10). Follows the window when it is resized.
     */
    private void followWindow(SplitLayout split, VerticalLayout work, TabSheet family) {
        shownSplit = split;
        SerializableConsumer<Integer> fit = width -> {
            if (shownSplit != split) {
                return;
            }
            boolean phone = width > 0 && width <= ColumnSets.PHONE_WIDTH;
            if (phone && split.getParent().isPresent()) {
                remove(split);
                setHeight(null);
                add(work, family);
            } else if (!phone && split.getParent().isEmpty()) {
                split.addToPrimary(work);
                split.addToSecondary(family);
                setSizeFull();
                add(split);
            }
        };
        Page page = UI.getCurrent().getPage();
        page.executeJs("return window.innerWidth").then(Integer.class, fit);
        resize = page.addBrowserWindowResizeListener(event -> fit.accept(event.getWidth()));
    }

    private void stopFollowingWindow() {
        shownSplit = null;
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    /**
     * The case of a task of a request's route: the request and its earlier steps, then its research report with the
     * family's view, and the request's recent notes and documents.
     */
    private CasePanel caseOf(Request request, WorkItem task) {
        Optional<ResearchReport> research = researchReports.of(request.getId());
        CasePanel panel = new CasePanel(request, task.statutoryTerm(), research, requests.verdictsOf(request.getId()),
                provisions.ofRequest(request.getId()), directory, LocalDate.now(clock));
        // the whole report folded away: its conclusion is among the steps, the form stays near the top
        research.map(report -> new Details(getTranslation("workspace.case.research.report"), panels.research(report)))
                .ifPresent(panel::addRecent);
        panel.addRecent(panels.term(request.getId()), panels.recentNotesOfRequest(request.getId()),
                panels.recentDocuments(request.getFamilyId(), request.getId()));
        return panel;
    }

    private void leave(String messageKey) {
        Notification.show(getTranslation(messageKey));
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }
}
