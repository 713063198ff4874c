package nl.gezinsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workspace.ui.FamilyView;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forms driven as a careless user or an attacker would: one field at a time gets a generated bad value (over-long
 * text, NUL and other control characters, unpaired surrogates, numbers with exponents or too many digits, negative
 * numbers, dates out of range or that do not exist) while the others hold good input, and the form is saved. Counted
 * over many cases from a fixed seed: no exception escapes and nothing is logged as an error, the user reads a message
 * every time, and nothing is saved. Good input in the same form then saves, so a form that saves nothing at all cannot
 * pass. Each subclass names the forms of one area.
 */
abstract class FormFuzzing extends ViewTest {

    private static final long SEED = 20261206;
    private static final int CASES_PER_FORM = 16;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute route;

    @Autowired
    ProvisionRoute provisionRoute;

    @Autowired
    TaskService tasks;

    private final BadInput badInput = new BadInput(SEED);
    private final ErrorLog log = new ErrorLog();
    private final List<String> unhandled = new ArrayList<>();
    private final List<String> silent = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private int casesRun;

    /** A form: how to put it on screen with good input, the part holding its fields, how to save, what it changes. */
    record Form(String name, Runnable openWithGoodInput, Supplier<Component> fields, Runnable save,
                Supplier<Object> state) {
    }

    /**
     * A search: how to put it on screen with a good term, the part holding its fields, and how many results it shows.
     * A search saves nothing and an odd term may simply find nothing, so only its dates must say what is wrong.
     */
    record Search(String name, Runnable openWithGoodInput, Supplier<Component> fields, Supplier<Integer> results) {
    }

    /** The forms of this area. Each opens afresh with good input, so one case never builds on another. */
    abstract List<Form> forms();

    /** The searches of this area. */
    List<Search> searches() {
        return List.of();
    }

    @BeforeEach
    void captureErrors() {
        log.listen();
    }

    @AfterEach
    void stopCapturing() {
        log.stop();
    }

    @Test
    void everyFormAnswersBadInputWithAMessageAndSavesNothing() {
        List<Form> forms = forms();
        for (Form form : forms) {
            for (int i = 0; i < CASES_PER_FORM; i++) {
                attack(form);
            }
            Object before = form.state().get();
            BadInput.closeDialogs();
            form.openWithGoodInput().run();
            form.save().run();
            assertThat(form.state().get()).as("%s saves good input", form.name()).isNotEqualTo(before);
        }

        List<Search> searches = searches();
        for (Search search : searches) {
            for (int i = 0; i < CASES_PER_FORM; i++) {
                attack(search);
            }
            search.openWithGoodInput().run();
            assertThat(search.results().get()).as("%s finds with a good term", search.name()).isPositive();
        }

        assertThat(unhandled).as("exceptions that escaped a form").isEmpty();
        assertThat(silent).as("bad input answered without a message").isEmpty();
        assertThat(saved).as("bad input saved").isEmpty();
        assertThat(log.errors()).as("errors in the log").isEmpty();
        assertThat(casesRun).isEqualTo((forms.size() + searches.size()) * CASES_PER_FORM);
    }

    private void attack(Form form) {
        BadInput.closeDialogs();
        form.openWithGoodInput().run();
        List<Component> fields = BadInput.fieldsOf(form.fields().get());
        Component field = badInput.pick(fields);
        Object before = form.state().get();
        NotificationsKt.clearNotifications();
        String what = form.name() + " / " + BadInput.label(field);
        try {
            what += ": " + badInput.typeInto(field);
            form.save().run();
            casesRun++;
            if (!BadInput.messageShown()) {
                silent.add(what);
            }
            if (!form.state().get().equals(before)) {
                saved.add(what);
            }
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            unhandled.add(what + " -> " + e);
        }
    }

    private void attack(Search search) {
        search.openWithGoodInput().run();
        Component field = badInput.pick(BadInput.fieldsOf(search.fields().get()));
        NotificationsKt.clearNotifications();
        String what = search.name() + " / " + BadInput.label(field);
        try {
            what += ": " + badInput.typeInto(field);
            search.results().get();
            casesRun++;
            if (field instanceof DatePicker && !BadInput.messageShown()) {
                silent.add(what);
            }
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            unhandled.add(what + " -> " + e);
        }
    }

    // What the forms of every area need.

    void task(String user, String taskId, Runnable goodInput) {
        loginAs(user);
        navigate("taak/" + taskId);
        goodInput.run();
    }

    static Component taskForm() {
        return _get(Button.class, spec -> spec.withText("Afronden")).getParent().orElseThrow();
    }

    static void completeTask() {
        save(UI.getCurrent(), "Afronden");
    }

    void openFamily(long familyId) {
        loginAs("anna");
        UI.getCurrent().navigate(FamilyView.class, familyId);
    }

    /** Clicks each of {@code buttons} in turn that is still on screen. */
    static void save(Component in, String... buttons) {
        for (String button : buttons) {
            Button found = _find(in, Button.class, spec -> spec.withText(button)).get(0);
            if (found.isAttached()) {
                _click(found);
            }
        }
    }

    static void text(String label, String value) {
        _setValue(_get(_get(Dialog.class), TextField.class, spec -> spec.withLabel(label)), value);
    }

    @SuppressWarnings("unchecked")
    static Select<Object> select(String label) {
        List<Dialog> dialogs = _find(Dialog.class);
        return dialogs.isEmpty() ? _get(Select.class, spec -> spec.withLabel(label))
                : _get(dialogs.get(0), Select.class, spec -> spec.withLabel(label));
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    Object row(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }
}
