package nl.gezinsplan.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.notification.Notifications;

/**
 * The bell in the top bar: a link to the notification centre with the number of unread notifications, counted again
 * when one arrives or is read (on any node, in any of the user's screens) and whenever a screen asks the menu to.
 */
class NotificationBell extends RouterLink {

    private final Notifications notifications;
    private final Span count = new Span();
    private Registration recount;

    NotificationBell(Notifications notifications, LiveUpdates live, String username) {
        super(NotificationCentreView.class);
        this.notifications = notifications;
        addClassName("notification-bell");
        count.addClassName("menu-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(VaadinIcon.BELL.create(), count);
        live.listen(this, LiveUpdates.user(username), this::showCount);
    }

    private void showCount() {
        long unread = notifications.unread();
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notification.bell")
                : getTranslation("notification.bell.unread", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        showCount();
        recount = ComponentUtil.addListener(attach.getUI(), MenuCount.Recount.class, event -> showCount());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        recount.remove();
    }
}
