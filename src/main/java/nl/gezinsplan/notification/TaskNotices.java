package nl.gezinsplan.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.ClusterLock;
import nl.gezinsplan.security.AccountLanguages;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import nl.gezinsplan.workflow.DueTasks;
import nl.gezinsplan.workflow.ModelIds;
import nl.gezinsplan.workflow.TaskChanged;
import nl.gezinsplan.workflow.WorkItem;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications about tasks: a task given to someone by someone else or by its route (claiming one's own task is
 * not news), an escalation to the managers of the task's team, and a task of someone's due within two days or overdue.
 */
@Component
class TaskNotices {

    /** "Due soon" is due today, tomorrow or the day after, as the inbox counts whole days. */
    static final int SOON_DAYS = 2;

    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final AccountLanguages languages;
    private final MessageSource texts;
    private final DueTasks dueTasks;
    private final ClusterLock clusterLock;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TaskNotices(Notifications notifications, CurrentUser currentUser, UserDirectory directory,
                AccountLanguages languages, MessageSource texts, DueTasks dueTasks, ClusterLock clusterLock,
                TransactionTemplate transaction, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.directory = directory;
        this.languages = languages;
        this.texts = texts;
        this.dueTasks = dueTasks;
        this.clusterLock = clusterLock;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Only these of the many changes of every task: the rest would each cost a kept and removed event for nothing. */
    @AfterCommit(condition = "#change.givenOrEscalated()")
    void on(TaskChanged change) {
        // the condition spares the registry; these checks also hold for an event kept before it was there
        if (change.change() == TaskChanged.Change.ASSIGNED && change.assignee() != null
                && !change.assignee().equalsIgnoreCase(currentUser.username().orElse(""))) {
            tell(change.assignee(), NotificationKind.TASK_ASSIGNED, change.taskId(), change.taskType(),
                    change.familyId(), change.taskId());
        }
        if (change.change() == TaskChanged.Change.CREATED && ModelIds.ESCALATIONS.contains(change.taskType())) {
            change.candidateGroups().stream().filter(group -> Role.teamManagedBy(group).isPresent())
                    .flatMap(group -> directory.findUsers(UserFilter.group(group), 0, Integer.MAX_VALUE).stream())
                    .map(manager -> manager.username())
                    .distinct()
                    .forEach(manager -> tell(manager, NotificationKind.ESCALATION, change.taskId(), change.taskType(),
                            change.familyId(), change.taskId()));
        }
    }

    /**
     * Tells each assignee of a task due within two days, or overdue, once per kind and due date (a due date moved is
     * news again). Once in a cluster at a time by an advisory lock, and safe to run twice: a notification is kept once.
     */
    @Scheduled(fixedDelayString = "${gezinsplan.notifications.due-scan-every:PT15M}",
            initialDelayString = "${gezinsplan.notifications.due-scan-every:PT15M}")
    void scanDueTasks() {
        transaction.executeWithoutResult(status -> {
            if (!clusterLock.tryHold("notification-due-scan")) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            for (WorkItem task : dueTasks.assignedDueBefore(today.plusDays(SOON_DAYS + 1))) {
                LocalDate due = LocalDate.ofInstant(task.due(), clock.getZone());
                NotificationKind kind = due.isBefore(today) ? NotificationKind.TASK_OVERDUE
                        : NotificationKind.TASK_DUE_SOON;
                tell(task.assignee(), kind, task.taskId(), task.taskKey(), task.familyId(), task.taskId() + "@" + due);
            }
        });
    }

    private void tell(String username, NotificationKind kind, String taskId, String taskType, Long familyId,
                      String itemKey) {
        Locale language = languages.languageOf(username);
        String about = texts.getMessage("workflow.task." + taskType, null, taskType, language);
        notifications.notify(new Notice(username, kind, about, "taak/" + taskId, familyId, itemKey));
    }
}
