package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * Every flow node and sequence flow of every process in bpmn/ is passed by some test: the union of the coverage
 * reports that the unit tests left behind (one per test class) must cover each model completely. Runs after them.
 */
class ProcessCoverageIT {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    void theTestsPassEveryElementOfEveryProcess() throws IOException {
        Map<String, Set<String>> passed = passedPerProcess();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                Set<String> elements = new HashSet<>();
                for (FlowElement element : process.getChildElementsByType(FlowElement.class)) {
                    if (element instanceof FlowNode || element instanceof SequenceFlow) {
                        elements.add(element.getId());
                    }
                }
                elements.removeAll(passed.getOrDefault(process.getId(), Set.of()));
                assertThat(elements).as("elements of %s (%s) that no test passes", process.getId(), file)
                        .isEmpty();
            }
        }
    }

    private static Map<String, Set<String>> passedPerProcess() throws IOException {
        assertThat(REPORTS).as("the coverage reports of the unit tests").isDirectory();
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> passed = new HashMap<>();
        try (Stream<Path> reports = Files.walk(REPORTS)) {
            for (Path report : reports.filter(path -> path.endsWith("report.json")).toList()) {
                for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                    for (JsonNode run : suite.path("runs")) {
                        for (JsonNode event : run.path("events")) {
                            passed.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                                    .add(event.path("definitionKey").asText());
                        }
                    }
                }
            }
        }
        return passed;
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
