package de.casebook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram reads cleanly in the case page's viewer (bpmn-js): each label of an event, gateway or
 * sequence flow has its place in the diagram interchange, overlaps no shape, no other label and no
 * sub-process border, and
 * no word of any label is wider than the room it has (the viewer would break it mid-word). Text is
 * measured in DejaVu Sans, the widest of the fonts a browser falls back to when Arial is missing (as on
 * many Linux desktops), at the viewer's 12 px inside shapes and 11 px outside.
 */
class DiagramLayoutTest {

    private static final float TASK_FONT = 12;
    private static final float LABEL_FONT = 11;
    private static final float TASK_PADDING = 5;
    private static final BaseFont WIDEST_FONT = widestFont();

    record Box(String what, double x, double y, double width, double height) {

        static Box of(String what, Bounds bounds) {
            return new Box(what, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        boolean contains(Box other) {
            return other.x >= x && other.y >= y && other.x + other.width <= x + width
                    && other.y + other.height <= y + height;
        }

        boolean overlaps(Box other) {
            // a pixel of touching is not an overlap
            return x + width > other.x + 1 && other.x + other.width > x + 1
                    && y + height > other.y + 1 && other.y + other.height > y + 1;
        }
    }

    static List<Path> models() throws IOException {
        return BpmnConventionsTest.models();
    }

    @ParameterizedTest
    @MethodSource("models")
    void noLabelOverlapsAShapeOrAnotherLabel(Path model) throws IOException {
        var instance = read(model);
        var shapes = shapes(instance);
        var frames = frames(instance);
        var labels = labels(instance);
        var overlaps = new ArrayList<String>();
        for (var label : labels) {
            frames.stream().filter(frame -> label.overlaps(frame) && !frame.contains(label))
                    .forEach(frame -> overlaps.add(label.what() + " across the border of " + frame.what()));
            shapes.stream().filter(label::overlaps).forEach(shape -> overlaps.add(label.what() + " over " + shape.what()));
            labels.stream().filter(other -> other != label && other.what().compareTo(label.what()) > 0)
                    .filter(label::overlaps).forEach(other -> overlaps.add(label.what() + " over " + other.what()));
        }
        assertThat(overlaps).as(model.getFileName().toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyNamedEventGatewayAndFlowHasAPlaceForItsLabel(Path model) throws IOException {
        var missing = new ArrayList<String>();
        var instance = read(model);
        for (var shape : instance.getModelElementsByType(BpmnShape.class)) {
            if (!(shape.getBpmnElement() instanceof Activity) && named(shape.getBpmnElement())
                    && (shape.getBpmnLabel() == null || shape.getBpmnLabel().getBounds() == null)) {
                missing.add(shape.getBpmnElement().getId());
            }
        }
        for (var edge : instance.getModelElementsByType(BpmnEdge.class)) {
            if (named(edge.getBpmnElement()) && (edge.getBpmnLabel() == null || edge.getBpmnLabel().getBounds() == null)) {
                missing.add(edge.getBpmnElement().getId());
            }
        }
        assertThat(missing).as(model.getFileName().toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void noWordIsBrokenAndEveryTaskNameFitsItsShape(Path model) throws IOException {
        var problems = new ArrayList<String>();
        var instance = read(model);
        for (var shape : instance.getModelElementsByType(BpmnShape.class)) {
            var element = shape.getBpmnElement();
            if (!named(element) || element instanceof SubProcess) {
                continue;
            }
            var name = name(element);
            if (element instanceof Activity) {
                var room = shape.getBounds().getWidth() - 2 * TASK_PADDING;
                checkWords(element.getId(), name, room, TASK_FONT, problems);
                var lines = lines(name, room, TASK_FONT);
                if (lines * TASK_FONT * 1.2 > shape.getBounds().getHeight() - 2 * TASK_PADDING) {
                    problems.add(element.getId() + ": " + lines + " lines do not fit the shape's height");
                }
            } else if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                checkWords(element.getId(), name, shape.getBpmnLabel().getBounds().getWidth(), LABEL_FONT, problems);
            }
        }
        for (var edge : instance.getModelElementsByType(BpmnEdge.class)) {
            if (named(edge.getBpmnElement()) && edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                checkWords(edge.getBpmnElement().getId(), name(edge.getBpmnElement()),
                        edge.getBpmnLabel().getBounds().getWidth(), LABEL_FONT, problems);
            }
        }
        assertThat(problems).as(model.getFileName().toString()).isEmpty();
    }

    private static void checkWords(String id, String name, double room, float size, List<String> problems) {
        for (var word : name.split("\\s+")) {
            var width = WIDEST_FONT.getWidthPoint(word, size);
            if (width > room) {
                problems.add("%s: \"%s\" is %.0f px wide, the room %.0f px".formatted(id, word, width, room));
            }
        }
    }

    /** How many lines the viewer wraps the text into (words kept whole). */
    static int lines(String text, double room, float size) {
        var lines = 1;
        var line = "";
        for (var word : text.split("\\s+")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && WIDEST_FONT.getWidthPoint(candidate, size) > room) {
                lines++;
                line = word;
            } else {
                line = candidate;
            }
        }
        return lines;
    }

    /** Flow nodes as drawn; an expanded sub-process is a frame around others, not a shape in their way. */
    private static List<Box> shapes(BpmnModelInstance instance) {
        return instance.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> !(shape.getBpmnElement() instanceof SubProcess) || !Boolean.TRUE.equals(shape.isExpanded()))
                .map(shape -> Box.of("shape " + shape.getBpmnElement().getId(), shape.getBounds()))
                .toList();
    }

    /** Expanded sub-processes: a label belongs inside or outside, never across the border. */
    private static List<Box> frames(BpmnModelInstance instance) {
        return instance.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded()))
                .map(shape -> Box.of("frame " + shape.getBpmnElement().getId(), shape.getBounds()))
                .toList();
    }

    private static List<Box> labels(BpmnModelInstance instance) {
        var labels = new ArrayList<Box>();
        instance.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> named(shape.getBpmnElement()) && shape.getBpmnLabel() != null
                        && shape.getBpmnLabel().getBounds() != null)
                .forEach(shape -> labels.add(Box.of("label of " + shape.getBpmnElement().getId(),
                        shape.getBpmnLabel().getBounds())));
        instance.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> named(edge.getBpmnElement()) && edge.getBpmnLabel() != null
                        && edge.getBpmnLabel().getBounds() != null)
                .forEach(edge -> labels.add(Box.of("label of " + edge.getBpmnElement().getId(),
                        edge.getBpmnLabel().getBounds())));
        return labels;
    }

    private static boolean named(Object element) {
        return element instanceof FlowElement flowElement && flowElement.getName() != null
                && !flowElement.getName().isBlank();
    }

    private static String name(Object element) {
        return ((FlowElement) element).getName().strip();
    }

    private static BpmnModelInstance read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static BaseFont widestFont() {
        try {
            return BaseFont.createFont("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", BaseFont.IDENTITY_H,
                    BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("DejaVu Sans metrics", e);
        }
    }
}
