package org.policydesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds open tasks whose due date has passed (by the engine's clock, the one that set it) and
 * tells their candidates once. The task is marked in {@code notifications_sent} before anyone is
 * told, so a second run, or a second node, does not tell them again.
 */
@Component
class OverdueTasks {

    static final String KIND = "overdue";

    private final TaskService taskService;
    private final TaskNotices notices;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueTasks(TaskService taskService, TaskNotices notices, Notifier notifier, JdbcClient jdbc, Clock clock) {
        this.taskService = taskService;
        this.notices = notices;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns how many overdue tasks were announced this time. */
    int notifyOverdue() {
        if (!notifier.enabled()) {
            return 0;
        }
        int announced = 0;
        for (Task task : taskService.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).active().list()) {
            if (claim(task.getId())) {
                notifier.announce(notices.of(task), NoticeKind.OVERDUE);
                announced++;
            }
        }
        return announced;
    }

    private boolean claim(String taskId) {
        try {
            return jdbc.sql("insert into notifications_sent (task_id, kind, sent_at) values (?, ?, ?)")
                .params(taskId, KIND, LocalDateTime.now(clock)).update() == 1;
        } catch (DuplicateKeyException alreadyTold) {
            return false;
        }
    }
}
