package org.policydesk.notifications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Added to every user task's {@code create} event by {@link TaskNotificationsPlugin}. It copies
 * the notice while the task is at hand and asks the engine's transaction to pass it on only once
 * it has committed: a task rolled back with its transaction is never announced.
 */
class TaskCreatedListener implements TaskListener {

    /** Looked up when a task is created: the notifier needs engine services that do not exist yet at parse time. */
    private final ObjectProvider<Notifier> notifier;

    TaskCreatedListener(ObjectProvider<Notifier> notifier) {
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        Notifier found = notifier.getIfAvailable();
        if (found == null || !found.enabled()) {
            return;
        }
        TaskNotice notice = TaskNotices.of(task);
        Context.getCommandContext().getTransactionContext()
            .addTransactionListener(TransactionState.COMMITTED, committed -> found.taskCreated(notice));
    }
}
