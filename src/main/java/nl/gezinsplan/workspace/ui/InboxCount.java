package nl.gezinsplan.workspace.ui;

import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workflow.InboxFilter;
import org.springframework.stereotype.Component;

/** The number of tasks open to the signed-in user, beside the inbox in the navigation. */
@Component
class InboxCount implements MenuCount {

    private final Inbox inbox;

    InboxCount(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String path() {
        return InboxView.PATH;
    }

    @Override
    public long count() {
        return inbox.count(InboxFilter.EVERYTHING);
    }

    @Override
    public List<String> topics() {
        return List.of(LiveUpdates.TASKS);
    }
}
