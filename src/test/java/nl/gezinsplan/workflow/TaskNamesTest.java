package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every task of every route has a name in both languages, keyed by its id in the BPMN, and the Dutch name is the one
 * the model gives it: screens translate task names by key, so no English screen shows "Startgesprek".
 */
class TaskNamesTest {

    @Test
    void everyUserTaskIsNamedInDutchAsTheModelNamesItAndInEnglish() throws IOException {
        Properties dutch = bundle("workflow");
        Properties english = bundle("workflow_en");
        List<UserTask> tasks = userTasks();

        assertThat(tasks).isNotEmpty();
        for (UserTask task : tasks) {
            String key = "workflow.task." + task.getId();
            assertThat(dutch.getProperty(key)).as(key).isEqualTo(task.getName());
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            if (!task.getId().equals("triage")) { // triage is triage in English too
                assertThat(english.getProperty(key)).as(key).isNotEqualTo(task.getName());
            }
        }
    }

    private static List<UserTask> userTasks() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            return models.filter(path -> path.toString().endsWith(".bpmn"))
                    .flatMap(path -> Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(UserTask.class)
                            .stream())
                    .toList();
        }
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", name + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
