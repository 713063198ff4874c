package nl.gezinsplan.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.workflow.InboxFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class SavedFiltersTest {

    private static final InboxFilter OVERDUE_YOUTH_REVIEWS = new InboxFilter(InboxFilter.Scope.OPEN_IN_MY_TEAMS,
            Law.JEUGDWET, "reviewProposal", InboxFilter.Due.OVERDUE);

    @Autowired
    SavedFilters savedFilters;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFilterIsSavedForItsOwnerOnly() {
        SignIn.as(users, "bram");
        SavedFilter saved = savedFilters.save("Te late jeugdcontroles " + System.nanoTime(), OVERDUE_YOUTH_REVIEWS);

        assertThat(savedFilters.mine()).contains(saved);
        SignIn.as(users, "anna");
        assertThat(savedFilters.mine()).doesNotContain(saved);
        savedFilters.delete(saved.id());
        SignIn.as(users, "bram");
        assertThat(savedFilters.mine()).as("not anna's to delete").contains(saved);

        savedFilters.delete(saved.id());
        assertThat(savedFilters.mine()).doesNotContain(saved);
    }

    @Test
    void savingUnderANameAgainReplacesThatFilter() {
        SignIn.as(users, "carla");
        String name = "Alles " + System.nanoTime();
        savedFilters.save(name, InboxFilter.EVERYTHING);

        SavedFilter replaced = savedFilters.save(name.toUpperCase(), OVERDUE_YOUTH_REVIEWS);

        assertThat(savedFilters.mine()).filteredOn(filter -> filter.name().equalsIgnoreCase(name))
                .containsExactly(replaced);
        assertThat(replaced.filter()).isEqualTo(OVERDUE_YOUTH_REVIEWS);
    }

    @Test
    void aFilterNeedsAName() {
        SignIn.as(users, "carla");

        assertThatThrownBy(() -> savedFilters.save("  ", InboxFilter.EVERYTHING))
                .isInstanceOf(InvalidInput.class).hasMessage("inbox.filter.name.required");
        assertThatThrownBy(() -> savedFilters.save("x".repeat(101), InboxFilter.EVERYTHING))
                .isInstanceOf(InvalidInput.class).hasMessage("input.text.too-long");
    }
}
