package nl.gezinsplan.base.form;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which of a grid's columns show. On a phone (a window at most {@value #PHONE_WIDTH} px wide, the width app.css
 * calls a phone) a few narrow columns whose texts wrap, so 375 px needs no sideways scrolling (WCAG 1.4.10); on a
 * wider screen the wide set (all columns, unless the screen or the user chose fewer). It follows the window when the
 * window is resized or the phone turned.
 */
public final class ColumnSets {

    public static final int PHONE_WIDTH = 600;
    /** Three columns of at least this width fit the 343 px a phone's screen leaves the grid. */
    private static final String PHONE_COLUMN_WIDTH = "6rem";

    private final Grid<?> grid;
    private final Set<String> phone;
    private final boolean wraps;
    private final Map<Grid.Column<?>, String> wideWidths = new HashMap<>();
    private Set<String> wide;
    private boolean onPhone;
    private Consumer<Boolean> switched = onPhone -> { };

    /** Follows the window's width for {@code grid}, showing only the columns with the keys {@code phone} on a phone. */
    public ColumnSets(Grid<?> grid, String... phone) {
        this.grid = grid;
        this.phone = Set.of(phone);
        this.wraps = grid.getThemeNames().contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            // asked at every attach: the browser's details Vaadin keeps hold the width of when they were first asked
            page.executeJs("return window.innerWidth").then(Integer.class, this::fit);
            Registration resize = page.addBrowserWindowResizeListener(event -> fit(event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** The columns a screen wider than a phone shows; all of them when {@code keys} is null. */
    public void showWide(Set<String> keys) {
        wide = keys;
        show();
    }

    /** Shows the set that suits a window this many pixels wide. */
    public void fit(int windowWidth) {
        boolean phoneNow = windowWidth > 0 && windowWidth <= PHONE_WIDTH;
        if (phoneNow != onPhone) {
            onPhone = phoneNow;
            show();
            switched.accept(onPhone);
        }
    }

    /** Runs {@code switched} with whether the grid now shows the phone's set, each time it switches. */
    public void whenSwitched(Consumer<Boolean> switched) {
        this.switched = switched;
    }

    private void show() {
        List<? extends Grid.Column<?>> columns = grid.getColumns();
        columns.forEach(column -> {
            if (onPhone) {
                wideWidths.putIfAbsent(column, column.getWidth());
                column.setWidth(PHONE_COLUMN_WIDTH);
            } else if (wideWidths.containsKey(column)) {
                column.setWidth(wideWidths.remove(column));
            }
            // a column without a key shows on a wide screen only, as no set can name it
            String key = column.getKey();
            column.setVisible(onPhone ? key != null && phone.contains(key)
                    : wide == null || key != null && wide.contains(key));
        });
        if (!wraps) {
            // on a phone a name wraps rather than being cut off; elsewhere a line stays one line
            if (onPhone) {
                grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            } else {
                grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            }
        }
    }
}
