package de.casebook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model parses, can be drawn, and names its elements by our conventions. */
class BpmnConventionsTest {

    private static final Pattern FLOW_NODE_ID =
            Pattern.compile("^(start|end|user|service|receive|timer|msg|error|gw|sub|rule|send|call)_[a-z0-9_]+$");

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/bpmn"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void parsesAndIsExecutable(Path model) throws IOException {
        var instance = read(model);
        Bpmn.validateModel(instance);
        assertThat(instance.getModelElementsByType(Process.class))
                .allSatisfy(process -> assertThat(process.isExecutable()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFlowNodeHasAMeaningfulPrefixedId(Path model) throws IOException {
        assertThat(read(model).getModelElementsByType(FlowNode.class))
                .extracting(BaseElement::getId)
                .allMatch(id -> FLOW_NODE_ID.matcher(id).matches(), "prefixed like user_review_application");
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFlowNodeIsDrawn(Path model) throws IOException {
        var instance = read(model);
        var drawn = instance.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).toList();
        assertThat(instance.getModelElementsByType(FlowNode.class))
                .extracting(BaseElement::getId)
                .allMatch(drawn::contains, "has a shape in the diagram");
    }

    @ParameterizedTest
    @MethodSource("models")
    void userTasksAreOfferedToAGroupWithinTheMunicipalityTheStateOrNamedCoordinatorsOrJurors(Path model)
            throws IOException {
        assertThat(read(model).getModelElementsByType(UserTask.class)).allSatisfy(task -> {
            if (task.getCamundaCandidateUsers() != null) {
                assertThat(task.getCamundaCandidateUsers()).isIn("${coordinators}", "${juror}");
                assertThat(task.getCamundaCandidateGroups()).isNull();
            } else {
                assertThat(task.getCamundaCandidateGroups()).matches("[a-z]+:\\$\\{municipality}|ministry:\\$\\{state}");
            }
        });
    }

    private static BpmnModelInstance read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
