package nl.gezinsplan.base;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a module shows in the top bar of every screen, before the user's name, such as the notification bell. A
 * module offers one as a bean, so that the main layout needs to know nothing of it.
 */
public interface NavbarItem {

    /** A new component for the signed-in user, or nothing when it is not for them. */
    Optional<Component> create();
}
