package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/** Every id the code names ({@link ModelIds}) is a process, a flow node or a decision table of bpmn/. */
class ModelIdsTest {

    @Test
    void everyIdTheCodeNamesIsInTheModels() throws Exception {
        List<ModelElementInstance> elements = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.sorted().toList()) {
                if (file.toString().endsWith(".bpmn")) {
                    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                    elements.addAll(model.getModelElementsByType(Process.class));
                    elements.addAll(model.getModelElementsByType(FlowNode.class));
                } else if (file.toString().endsWith(".dmn")) {
                    elements.addAll(Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class));
                }
            }
        }
        List<String> ids = elements.stream().map(element -> element.getAttributeValue("id")).toList();

        List<String> named = idsNamedIn(ModelIds.class);
        assertThat(named).as("ids in ModelIds").hasSizeGreaterThan(10);
        assertThat(ids).containsAll(named);
    }

    @SuppressWarnings("unchecked")
    private static List<String> idsNamedIn(Class<?> holder) throws IllegalAccessException {
        List<String> named = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                Object value = field.get(null);
                if (value instanceof String id) {
                    named.add(id);
                } else if (value instanceof Collection<?> group) {
                    named.addAll((Collection<String>) group);
                } else if (value instanceof java.util.Map<?, ?> groups) {
                    groups.values().forEach(group -> named.addAll((Collection<String>) group));
                }
            }
        }
        return named;
    }
}
