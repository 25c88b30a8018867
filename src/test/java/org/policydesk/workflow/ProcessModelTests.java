package org.policydesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The model rules Java cannot see: every file in {@code processes/} is checked as a school's
 * auditor would read it, and every bean a model names must exist in the running application.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcessModelTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Set<String> REQUIRED = Set.of("official-use", "termination-handover", "comment-escalation");
    private static final Pattern MEANINGFUL_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*");
    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{!?(\\w+)\\.\\w+\\(");
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "dateTime", "authenticatedUserId");

    @Autowired ApplicationContext context;

    @Test
    void everyRequiredProcessIsThereWithItsIdMatchingItsFileName() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path file : files(".bpmn")) {
            List<String> processIds = processes(file).stream().map(Process::getId).toList();
            assertThat(processIds).as(file + " holds one process named after the file")
                .containsExactly(baseName(file));
            ids.addAll(processIds);
        }
        assertThat(ids).containsAll(REQUIRED);
    }

    @Test
    void everyProcessKeepsItsHistoryForAStatedTime() throws IOException {
        for (Path file : files(".bpmn")) {
            for (Process process : processes(file)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " historyTimeToLive")
                    .isNotBlank();
            }
        }
    }

    @Test
    void everyUserTaskHasADueDateAndSomeoneToDoIt() throws IOException {
        for (Path file : files(".bpmn")) {
            for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
                String where = file.getFileName() + " " + task.getId();
                assertThat(task.getCamundaDueDate()).as(where + " due date").isNotBlank();
                assertThat(Stream.of(task.getCamundaCandidateGroups(), task.getCamundaCandidateUsers(),
                        task.getCamundaAssignee()).anyMatch(value -> value != null && !value.isBlank()))
                    .as(where + " candidate group, candidate users or assignee").isTrue();
            }
        }
    }

    @Test
    void everyElementHasAMeaningfulId() throws IOException {
        for (Path file : files(".bpmn")) {
            for (FlowElement element : model(file).getModelElementsByType(FlowElement.class)) {
                assertThat(element.getId()).as(file.getFileName() + " " + element.getElementType().getTypeName())
                    .matches(MEANINGFUL_ID);
            }
        }
    }

    @Test
    void everyRequiredProcessHasADeadlineTimer() throws IOException {
        for (Path file : files(".bpmn")) {
            if (REQUIRED.contains(baseName(file))) {
                assertThat(model(file).getModelElementsByType(TimerEventDefinition.class))
                    .as(file + " timers").isNotEmpty();
            }
        }
    }

    @Test
    void everyBeanAModelNamesExistsWithTheRightType() throws IOException {
        for (Path file : files(".bpmn")) {
            String xml = Files.readString(file);
            Matcher delegates = DELEGATE.matcher(xml);
            while (delegates.find()) {
                String bean = delegates.group(1);
                assertThat(context.containsBean(bean)).as(file.getFileName() + " names bean " + bean).isTrue();
                assertThat(context.getBean(bean)).as(bean).isInstanceOfAny(JavaDelegate.class, TaskListener.class);
            }
            Matcher calls = BEAN_CALL.matcher(xml);
            while (calls.find()) {
                String bean = calls.group(1);
                if (!ENGINE_NAMES.contains(bean)) {
                    assertThat(context.containsBean(bean)).as(file.getFileName() + " calls bean " + bean).isTrue();
                }
            }
        }
    }

    @Test
    void routingRulesAreADecisionTableNamedAfterItsFile() throws IOException {
        List<Path> tables = files(".dmn");
        assertThat(tables).isNotEmpty();
        for (Path file : tables) {
            DmnModelInstance dmn = Dmn.readModelFromFile(file.toFile());
            assertThat(dmn.getModelElementsByType(Decision.class)).extracting(Decision::getId)
                .contains(baseName(file));
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> stream = Files.list(PROCESSES)) {
            return stream.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static BpmnModelInstance model(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    private static List<Process> processes(Path file) {
        return List.copyOf(model(file).getModelElementsByType(Process.class));
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
