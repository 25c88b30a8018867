package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * The form for each user task of {@code comment-escalation.bpmn}: its address, its view, and for
 * the steps that record one reference or one note, the words of that one field.
 */
public enum IncidentForm {
    TRIAGE(TASK_TRIAGE, "triage", "task-triage", "Triage the reported comment", "Record the triage", null),
    POLICE(TASK_INVOLVE_POLICE, "police", "task-text", "Involve the police", "Record the crime reference",
        new Field("crimeReference", false, "Crime reference",
            "The reference the police gave you when you reported it, for example 01/123456/26.")),
    TALK_TO_PUPIL(TASK_TALK_TO_PUPIL, "talk-to-pupil", "task-text", "Talk to the pupil", "Record the conversation",
        new Field("note", true, "How the conversation went",
            "What you talked about and what the pupil agreed to do. Keep it factual.")),
    POLICY_REMINDER(TASK_REMIND_OF_POLICY, "policy-reminder", "task-text", "Remind them of the Social Media Policy",
        "Record the reminder", new Field("note", true, "How and when the policy was brought to their attention",
            "For example: met on 3 March, went through the policy's section on personal use, gave a copy.")),
    DISCIPLINARY(TASK_REFER_FOR_DISCIPLINARY, "disciplinary", "task-text", "Refer for disciplinary action",
        "Record the referral", new Field("note", true, "The referral made under the disciplinary procedure",
            "Who it was referred to, when, and under which part of the procedure.")),
    ANTI_BULLYING(TASK_ANTI_BULLYING, "anti-bullying", "task-text", "Follow the Anti-Bullying Policy",
        "Record the case", new Field("caseReference", false, "Anti-bullying case reference",
            "The reference of the case opened under the Anti-Bullying Policy.")),
    REPORT_ABUSE(TASK_REPORT_ABUSE, "report-abuse", "task-text", "Report the comment to the platform",
        "Record the report", new Field("reportReference", false, "The platform's reference for your report",
            "Most platforms give a reference or send a confirmation when you use their report-abuse service. "
                + "If there is none, say when and how you reported it.")),
    REMOVAL_CHECK(TASK_CHECK_REMOVAL, "removal-check", "task-removal-check", "Check whether the comment was removed",
        "Record the check", null),
    LEGAL_OPTIONS(TASK_LEGAL_OPTIONS, "legal-options", "task-legal-options", "Consider legal options",
        "Record the decision", null),
    CLOSE(TASK_CLOSE, "close", "task-close", "Close the incident", "Close the incident", null);

    private final String taskKey;
    private final String slug;
    private final String view;
    private final String heading;
    private final String button;
    private final Field field;

    IncidentForm(String taskKey, String slug, String view, String heading, String button, Field field) {
        this.taskKey = taskKey;
        this.slug = slug;
        this.view = view;
        this.heading = heading;
        this.button = button;
        this.field = field;
    }

    public String taskKey() {
        return taskKey;
    }

    public String slug() {
        return slug;
    }

    public String view() {
        return "escalation/" + view;
    }

    public String heading() {
        return heading;
    }

    public String button() {
        return button;
    }

    public Field field() {
        return field;
    }

    String path(String taskId) {
        return "/incidents/tasks/" + slug + "/" + taskId;
    }

    static Optional<IncidentForm> forTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(form -> form.taskKey.equals(taskKey)).findFirst();
    }

    static IncidentForm forSlug(String slug) {
        return Arrays.stream(values()).filter(form -> form.slug.equals(slug)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("There is no incident form called '" + slug + "'."));
    }

    /** The one field of a step that records a reference (one line) or a note (several lines). */
    public record Field(String name, boolean note, String label, String hint) {
    }
}
