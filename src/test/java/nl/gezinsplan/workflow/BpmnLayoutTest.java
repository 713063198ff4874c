package nl.gezinsplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Camunda Modeler needs to open a process as drawn: a shape for every flow node, an edge for every sequence flow
 * that starts at its source and ends at its target, shapes that do not cover each other, labels only for names and
 * clear of every shape and other label, and a history time to live.
 */
class BpmnLayoutTest {

    /** How far an edge's end may lie from the border of its shape, in diagram units. */
    private static final double TOUCH = 2;

    static List<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void everyElementIsDrawnWhereItBelongs(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
        }
        List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shapes).as("shape of %s", node.getId()).anyMatch(shape -> shape.getBpmnElement() == node);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream()
                    .filter(candidate -> candidate.getBpmnElement() == flow).findFirst().orElse(null);
            assertThat(edge).as("edge of %s", flow.getId()).isNotNull();
            List<Waypoint> points = List.copyOf(edge.getWaypoints());
            assertThat(points).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(touches(boundsOf(shapes, flow.getSource()), points.get(0)))
                    .as("%s starts at %s", flow.getId(), flow.getSource().getId()).isTrue();
            assertThat(touches(boundsOf(shapes, flow.getTarget()), points.get(points.size() - 1)))
                    .as("%s ends at %s", flow.getId(), flow.getTarget().getId()).isTrue();
        }
        for (BpmnShape one : shapes) {
            for (BpmnShape other : shapes) {
                if (one != other && !attached(one, other) && !contains(one, other) && !contains(other, one)) {
                    assertThat(overlap(one.getBounds(), other.getBounds()))
                            .as("%s covers %s", one.getBpmnElement().getId(), other.getBpmnElement().getId())
                            .isFalse();
                }
            }
        }
    }

    /**
     * A label's bounds hold its text as the Modeler draws it (checked by eye in bpmn-js): they may cross the lines of
     * flows, not a shape or another label. An element without a name has no label.
     */
    @ParameterizedTest
    @MethodSource("processFiles")
    void labelsAreOnlyForNamesAndCoverNothing(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
        Map<BaseElement, BpmnLabel> labels = new LinkedHashMap<>();
        shapes.forEach(shape -> labels.put(shape.getBpmnElement(), shape.getBpmnLabel()));
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(edge -> labels.put(edge.getBpmnElement(), edge.getBpmnLabel()));
        labels.values().removeIf(label -> label == null || label.getBounds() == null);
        labels.keySet().forEach(element -> assertThat(element instanceof FlowElement named ? named.getName() : null)
                .as("a label for %s, which has no name", element.getId()).isNotBlank());
        labels.forEach((element, label) -> {
            for (BpmnShape shape : shapes) {
                if (!within(element, shape.getBpmnElement())) {
                    assertThat(overlap(label.getBounds(), shape.getBounds()))
                            .as("the label of %s covers %s", element.getId(), shape.getBpmnElement().getId()).isFalse();
                }
            }
            labels.forEach((other, otherLabel) -> assertThat(other != element
                    && overlap(label.getBounds(), otherLabel.getBounds()))
                    .as("the label of %s covers the label of %s", element.getId(), other.getId()).isFalse());
        });
    }

    /** Drawn inside {@code outer}, an expanded (sub)process. */
    private static boolean within(BaseElement element, BaseElement outer) {
        for (ModelElementInstance parent = element.getParentElement(); parent != null;
             parent = parent.getParentElement()) {
            if (parent == outer) {
                return true;
            }
        }
        return false;
    }

    private static Bounds boundsOf(List<BpmnShape> shapes, FlowNode node) {
        return shapes.stream().filter(shape -> shape.getBpmnElement() == node).findFirst().orElseThrow().getBounds();
    }

    /** On or within the shape's border: edges of gateways and events end on their outline, inside their box. */
    private static boolean touches(Bounds box, Waypoint point) {
        return point.getX() >= box.getX() - TOUCH && point.getX() <= box.getX() + box.getWidth() + TOUCH
                && point.getY() >= box.getY() - TOUCH && point.getY() <= box.getY() + box.getHeight() + TOUCH;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** A (sub)process drawn around what it holds. */
    private static boolean contains(BpmnShape outer, BpmnShape inner) {
        return inner.getBpmnElement().getParentElement() == outer.getBpmnElement();
    }

    private static boolean attached(BpmnShape one, BpmnShape other) {
        return one.getBpmnElement() instanceof BoundaryEvent boundary && boundary.getAttachedTo() == other.getBpmnElement()
                || other.getBpmnElement() instanceof BoundaryEvent boundary2
                && boundary2.getAttachedTo() == one.getBpmnElement();
    }
}
