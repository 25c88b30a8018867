package org.policydesk.notifications;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model a {@code create} listener that announces it. A parse
 * listener rather than Spring's engine eventing: it is one listener on one event (eventing
 * publishes every execution and task event of every process to the application context), it
 * cannot be switched off by an unrelated setting, and it runs inside the engine's command, where
 * the engine's own transaction can be asked to call back after commit. It is built in, so tasks
 * made by process instance modification with custom listeners skipped are announced too; and a
 * model needs no change to be announced.
 */
@Component
class TaskNotificationsPlugin extends AbstractProcessEnginePlugin {

    private final TaskListener listener;

    TaskNotificationsPlugin(ObjectProvider<Notifier> notifier) {
        this.listener = new TaskCreatedListener(notifier);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
