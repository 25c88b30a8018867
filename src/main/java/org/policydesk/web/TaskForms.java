package org.policydesk.web;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;

/**
 * A feature's forms for its kinds of user task. The task list links each task to its form and
 * names who or what it is about; the feature's own controller does the rest.
 */
public interface TaskForms {

    /** The task definition keys this feature has a form for. */
    Set<String> taskKeys();

    /** The path of the form for one of those tasks, such as {@code /official-use/decide/42}. */
    String formPath(Task task);

    /** Who or what the task is about, in a few words a colleague may see ("Sarah Jones"). */
    String subjectOf(Task task);
}
