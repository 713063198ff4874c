package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilySummary;
import nl.gezinsplan.security.AccessGroup;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.InboxFilter;
import nl.gezinsplan.workflow.InboxSort;
import nl.gezinsplan.workflow.MemberWork;
import nl.gezinsplan.workflow.TeamWork;
import org.springframework.security.access.AccessDeniedException;

/**
 * A team manager's home: per team they lead, each member's open tasks and families and the tasks nobody took; the
 * team's terms that passed or pass within a week; the escalations waiting for the manager; and the families of a
 * chosen member, to hand one to a colleague. Tasks and families are paged lazily; every number is counted by a query.
 */
@Route("team")
@Menu(title = "nav.team", order = 2, icon = "vaadin:group")
@RolesAllowed(Role.MANAGER_NAME)
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    private static final String[] TERM_COLUMNS = {"task", "familyLink", "person", "request", "law", "due",
            "statutoryTerm", "assignee"};
    private static final String[] ESCALATION_COLUMNS = {"task", "familyLink", "person", "request", "law", "created",
            "waiting", "assignee"};

    private static final String[] UNASSIGNED_COLUMNS = {"task", "familyLink", "person", "request", "law", "created",
            "waiting", "due"};

    private static final List<InboxSort> LONGEST_WAITING = List.of(new InboxSort(InboxSort.Field.CREATED, true));

    private final TeamWork teamWork;
    private final Families families;
    private final Requests requests;
    private final UserDirectory directory;
    private final Clock clock;
    private final Map<AccessGroup, Grid<MemberLine>> memberGrids = new LinkedHashMap<>();
    private final List<TeamTaskList> taskLists = new ArrayList<>();
    private final H2 caseloadHeading = new H2();
    private final FamilyList memberFamilies;
    private final ComboBox<DirectoryUser> successor = new ComboBox<>(getTranslation("team.family.successor"));
    private final Button handOver = new Button(getTranslation("team.family.hand-over"));
    private final HorizontalLayout handOverBar = new HorizontalLayout(successor, handOver);
    /** The consultants of the manager's teams, who may become a family's contact person; by user name. */
    private final Map<String, DirectoryUser> consultants = new LinkedHashMap<>();
    private DirectoryUser chosenMember;
    private Grid<MemberLine> chosenIn;

    public TeamView(CurrentUser currentUser, TeamWork teamWork, Families families, Requests requests,
                    UserDirectory directory, Clock clock, LiveUpdates live) {
        this.teamWork = teamWork;
        this.families = families;
        this.requests = requests;
        this.directory = directory;
        this.clock = clock;
        DirectoryUser manager = currentUser.require();
        add(new H1(getTranslation("team.title")), new Paragraph(getTranslation("team.welcome", manager.firstName())));

        directory.groups().stream()
                .filter(group -> group.kind() == AccessGroup.Kind.TEAM && manager.teamCodes().contains(group.id()))
                .forEach(team -> add(new H2(getTranslation("teams.team", team.name())), unassignedOf(team),
                        new H3(getTranslation("team.members")), membersOf(team)));

        List<TeamTaskList> terms = new ArrayList<>();
        terms.add(taskList("team.overdue", "overdue",
                (order, offset, limit) -> teamWork.due(InboxFilter.Due.OVERDUE, order, offset, limit),
                () -> teamWork.countDue(InboxFilter.Due.OVERDUE), TERM_COLUMNS));
        terms.add(taskList("team.due-soon", "due-soon",
                (order, offset, limit) -> teamWork.due(InboxFilter.Due.WITHIN_7_DAYS, order, offset, limit),
                () -> teamWork.countDue(InboxFilter.Due.WITHIN_7_DAYS), TERM_COLUMNS));
        terms.add(taskList("team.escalations", "escalations",
                (order, offset, limit) -> teamWork.escalations(order.isEmpty() ? LONGEST_WAITING : order, offset,
                        limit),
                teamWork::countEscalations, ESCALATION_COLUMNS));
        terms.forEach(this::add);
        taskLists.addAll(terms);

        memberFamilies = new FamilyList(
                (offset, limit) -> chosenMember == null ? List.of()
                        : families.caseload(chosenMember.username(), offset, limit));
        add(caseloadSection());
        refreshMembers();
        // a task taken, handed over, finished or new anywhere: the counts and lists as they are now
        live.listen(this, LiveUpdates.TASKS, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }

    /** The tasks nobody in the team took yet, as a list: to see what waits, and to hand one to a member. */
    private TeamTaskList unassignedOf(AccessGroup team) {
        InboxGrid grid = new InboxGrid((order, offset, limit) -> teamWork.unassignedTasks(team.id(),
                order.isEmpty() ? LONGEST_WAITING : order, offset, limit), () -> teamWork.unassigned(team.id()),
                families, requests, directory, clock);
        grid.setId("unassigned-" + team.id());
        grid.linkFamilies();
        grid.showOnly(UNASSIGNED_COLUMNS);
        TeamTaskList list = new TeamTaskList(new H3(), "team.unassigned", grid, () -> teamWork.unassigned(team.id()),
                teamWork, directory, this::refresh);
        taskLists.add(list);
        return list;
    }

    private Grid<MemberLine> membersOf(AccessGroup team) {
        Grid<MemberLine> grid = new Grid<>();
        grid.addColumn(line -> line.member().fullName()).setHeader(getTranslation("teams.column.name"))
                .setFlexGrow(2).setKey("name");
        grid.addColumn(line -> getTranslation("role." + line.member().role().name()))
                .setHeader(getTranslation("teams.column.role")).setKey("role");
        grid.addColumn(MemberLine::openTasks).setHeader(getTranslation("team.column.open-tasks")).setKey("openTasks");
        grid.addColumn(MemberLine::families).setHeader(getTranslation("team.column.families")).setKey("families");
        grid.addComponentColumn(this::handOverLink).setHeader(getTranslation("team.hand-over")).setKey("handOver");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        new ColumnSets(grid, "name", "openTasks", "handOver");
        grid.setAllRowsVisible(true);
        grid.setId("team-" + team.id());
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                choose(grid, change.getValue());
            }
        });
        memberGrids.put(team, grid);
        return grid;
    }

    /** The way to the hand-over of all the member's work, for when they leave. */
    private RouterLink handOverLink(MemberLine line) {
        RouterLink link = new RouterLink(getTranslation("team.hand-over"), HandOverView.class,
                new RouteParameters("username", line.member().username()));
        link.getElement().setAttribute("aria-label", getTranslation("team.hand-over.of", line.member().fullName()));
        return link;
    }

    private TeamTaskList taskList(String titleKey, String id, InboxGrid.Tasks tasks, LongSupplier count,
                                  String[] columns) {
        InboxGrid grid = new InboxGrid(tasks, count, families, requests, directory, clock);
        grid.setId(id);
        grid.linkFamilies();
        grid.showOnly(columns);
        return new TeamTaskList(titleKey, grid, count, teamWork, directory, this::refresh);
    }

    private VerticalLayout caseloadSection() {
        memberFamilies.setId("member-families");
        memberFamilies.setHeight("18rem");
        memberFamilies.chooseInsteadOfOpening();
        memberFamilies.asSingleSelect().addValueChangeListener(change -> handOver.setEnabled(change.getValue() != null
                && successor.getValue() != null));
        successor.setItemLabelGenerator(DirectoryUser::fullName);
        successor.addValueChangeListener(change -> handOver.setEnabled(change.getValue() != null
                && memberFamilies.asSingleSelect().getValue() != null));
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.addClickListener(click -> handOver());
        handOverBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(caseloadHeading, memberFamilies, handOverBar);
        section.setPadding(false);
        show(null);
        return section;
    }

    /** Shows the families of the member chosen in one team's list, and forgets a choice in the other lists. */
    private void choose(Grid<MemberLine> grid, MemberLine line) {
        chosenIn = grid;
        memberGrids.values().stream().filter(other -> other != grid).forEach(Grid::deselectAll);
        show(line == null ? null : line.member());
    }

    private void show(DirectoryUser member) {
        chosenMember = member;
        caseloadHeading.setText(member == null ? getTranslation("team.families.choose")
                : getTranslation("team.families.of", member.fullName()));
        memberFamilies.setVisible(member != null);
        handOverBar.setVisible(member != null);
        successor.setItems(consultants.values().stream()
                .filter(consultant -> member == null || !consultant.username().equals(member.username()))
                .toList());
        memberFamilies.deselectAll();
        memberFamilies.getDataProvider().refreshAll();
        handOver.setEnabled(false);
    }

    private void handOver() {
        FamilySummary family = memberFamilies.asSingleSelect().getValue();
        DirectoryUser to = successor.getValue();
        if (family == null || to == null) {
            return;
        }
        try {
            families.assignContactPerson(family.id(), to.username());
            Notification.show(getTranslation("team.family.handed-over", family.name(), to.fullName()));
        } catch (InvalidInput refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException refused) {
            Notification.show(getTranslation("team.family.refused", family.name()));
        }
        refresh();
    }

    /** Counts and lists everything again, keeping the chosen member. */
    private void refresh() {
        taskLists.forEach(TeamTaskList::refresh);
        refreshMembers();
        Optional<MemberLine> stillChosen = chosenIn == null || chosenMember == null ? Optional.empty()
                : chosenIn.getListDataView().getItems()
                .filter(line -> line.member().username().equals(chosenMember.username())).findFirst();
        stillChosen.ifPresentOrElse(line -> chosenIn.select(line), () -> show(null));
        getUI().ifPresent(MenuCount::recount);
    }

    private void refreshMembers() {
        consultants.clear();
        memberGrids.forEach((team, grid) -> {
            List<MemberWork> members = teamWork.members(team.id());
            Map<String, Long> caseloads = families.caseloads(
                    members.stream().map(work -> work.member().username()).toList());
            grid.setItems(members.stream().map(work -> new MemberLine(work.member(), work.openTasks(),
                    caseloads.getOrDefault(work.member().username(), 0L))).toList());
            grid.setVisible(!members.isEmpty());
            members.stream().map(MemberWork::member).filter(member -> member.role() == Role.CONSULTANT)
                    .forEach(member -> consultants.putIfAbsent(member.username(), member));
        });
    }

    /** A member of a team with the open tasks assigned to them and the families they are contact person for. */
    record MemberLine(DirectoryUser member, long openTasks, long families) {
    }
}
