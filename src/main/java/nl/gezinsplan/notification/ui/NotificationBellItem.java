package nl.gezinsplan.notification.ui;

import java.util.Optional;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.NavbarItem;
import nl.gezinsplan.notification.Notifications;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;

/** Offers the bell to the main layout, for staff: family members have no notifications. */
@org.springframework.stereotype.Component
class NotificationBellItem implements NavbarItem {

    private final Notifications notifications;
    private final LiveUpdates live;
    private final CurrentUser currentUser;

    NotificationBellItem(Notifications notifications, LiveUpdates live, CurrentUser currentUser) {
        this.notifications = notifications;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return currentUser.get().filter(user -> user.role() != Role.FAMILY)
                .map(user -> new NotificationBell(notifications, live, user.username()));
    }
}
