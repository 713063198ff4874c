package nl.gezinsplan.base.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A grid's columns as a phone and a wider screen show them, switching when the window's width crosses 600 px. */
class ColumnSetsTest {

    private final Grid<String> grid = new Grid<>();
    private final ColumnSets sets;
    private final List<Boolean> switches = new ArrayList<>();

    ColumnSetsTest() {
        grid.addColumn(text -> text).setKey("name").setWidth("14rem");
        grid.addColumn(text -> text).setKey("address");
        grid.addColumn(text -> text).setKey("district");
        grid.addColumn(text -> text); // no key
        sets = new ColumnSets(grid, "name", "district");
        sets.whenSwitched(switches::add);
    }

    @Test
    void aPhoneShowsItsFewNarrowWrappingColumns() {
        sets.fit(375);
        assertThat(shown()).containsExactly("name", "district");
        assertThat(grid.getColumnByKey("name").getWidth()).isEqualTo("6rem");
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(switches).containsExactly(true);
    }

    @Test
    void aWiderScreenShowsTheWideSetAsItWas() {
        sets.showWide(Set.of("name", "address"));
        sets.fit(375);
        sets.fit(1440);
        assertThat(shown()).containsExactly("name", "address");
        assertThat(grid.getColumnByKey("name").getWidth()).isEqualTo("14rem");
        assertThat(grid.getThemeNames()).doesNotContain(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(switches).containsExactly(true, false);
    }

    @Test
    void allColumnsShowOnAWideScreenUnlessFewerWereChosen() {
        sets.fit(1440);
        assertThat(shown()).containsExactly("name", "address", "district", null);
        assertThat(switches).as("a wide screen is where it started").isEmpty();
    }

    private List<String> shown() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }
}
