package nl.gezinsplan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.gezinsplan.base.ClusterLock;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.portal.CareFollowUps;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the managers of a family's teams about each report that care was not delivered which nobody followed up
 * within {@code gezinsplan.notifications.delivery-follow-up-within} (5 days unless set), looking back a week past
 * that. Runs every hour on one node at a time (a transaction-scoped advisory lock; another node skips the round), and
 * running it twice tells nobody twice.
 */
@Component
class CareFollowUpScan {

    private static final int MAX_MANAGERS = 100;
    /**
     * How far past the deadline the scan looks: far enough that days without a running node lose no report, near
     * enough that reports from before this rule existed are not news.
     */
    private static final Duration LOOK_BACK = Duration.ofDays(7);

    private final CareFollowUps followUps;
    private final FamilyAccess access;
    private final FamilyFacts families;
    private final UserDirectory directory;
    private final Notifications notifications;
    private final ClusterLock clusterLock;
    private final Clock clock;
    private final Duration within;

    CareFollowUpScan(CareFollowUps followUps, FamilyAccess access, FamilyFacts families, UserDirectory directory,
                     Notifications notifications, ClusterLock clusterLock, Clock clock,
                     @Value("${gezinsplan.notifications.delivery-follow-up-within:5d}") Duration within) {
        this.followUps = followUps;
        this.access = access;
        this.families = families;
        this.directory = directory;
        this.notifications = notifications;
        this.clusterLock = clusterLock;
        this.clock = clock;
        this.within = within;
    }

    /** Returns how many reports were late, or -1 when another node is scanning. */
    @Scheduled(cron = "${gezinsplan.notifications.follow-up-scan:0 20 * * * *}")
    @Transactional
    public int scan() {
        if (!clusterLock.tryHold("care-follow-up-scan")) {
            return -1;
        }
        Instant deadline = clock.instant().minus(within);
        var late = followUps.waiting(deadline.minus(LOOK_BACK), deadline);
        late.forEach(report -> {
            String about = families.name(report.familyId());
            access.teamsOf(report.familyId()).stream()
                    .flatMap(team -> directory.findUsers(UserFilter.group(Role.managersOf(team)), 0, MAX_MANAGERS)
                            .stream())
                    .map(DirectoryUser::username)
                    .distinct()
                    .forEach(manager -> notifications.notify(new Notice(manager,
                            NotificationKind.CARE_NOT_FOLLOWED_UP, about,
                            FamilyLinks.of(report.familyId(), FamilyLinks.CARE), report.familyId(),
                            FamilyLinks.careReport(report.provisionId(), report.month()))));
        });
        return late.size();
    }
}
