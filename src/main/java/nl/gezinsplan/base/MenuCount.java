package nl.gezinsplan.base;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A number the navigation shows beside a menu entry, such as the tasks waiting in the inbox. A module offers one as a
 * bean; the main layout counts again after every navigation and when a screen says it changed what it counts.
 */
public interface MenuCount {

    /** The path of the menu entry the number belongs to. */
    String path();

    /** The number for the signed-in user. */
    long count();

    /** Lets the navigation count again, after the screen changed what it counts. */
    static void recount(UI ui) {
        ComponentUtil.fireEvent(ui, new Recount(ui));
    }

    final class Recount extends ComponentEvent<UI> {

        public Recount(UI ui) {
            super(ui, false);
        }
    }
}
