package nl.gezinsplan.base;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.List;

/**
 * A number the navigation shows beside a menu entry, such as the tasks waiting in the inbox. A module offers one as a
 * bean; the main layout counts again after every navigation, when a screen says it changed what it counts, and when
 * one of its {@link #topics} changes anywhere ({@link LiveUpdates}).
 */
public interface MenuCount {

    /** The path of the menu entry the number belongs to. */
    String path();

    /** The number for the signed-in user. */
    long count();

    /** The {@link LiveUpdates} topics whose change may change the signed-in user's number. */
    default List<String> topics() {
        return List.of();
    }

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
