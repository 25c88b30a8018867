package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.*;
import static org.policydesk.escalation.EscalationRules.requireText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of comments about the school and every decision people record on them. Each method
 * checks the person may act, validates before writing, updates the incident register and the
 * audit trail, and moves the incident's process on, all in one transaction: a refusal changes nothing.
 */
@Service
@Transactional
public class IncidentService {

    private final Incidents incidents;
    private final LetterRequests letters;
    private final People people;
    private final Actors actors;
    private final UserTasks userTasks;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final Screenshots screenshots;
    private final Clock clock;

    IncidentService(Incidents incidents, LetterRequests letters, People people, Actors actors, UserTasks userTasks,
                    RuntimeService runtimeService, AuditTrail audit, Screenshots screenshots, Clock clock) {
        this.screenshots = screenshots;
        this.incidents = incidents;
        this.letters = letters;
        this.people = people;
        this.actors = actors;
        this.userTasks = userTasks;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.clock = clock;
    }

    /** Anyone signed in reports a comment about the school, praise included; the leadership team triages it. */
    public long report(Actor actor, ReportedComment comment) {
        EscalationRules.requireValid(comment, now());
        EscalationRules.requireMayNamePoster(actor, comment);
        if (comment.posterPersonId() != null) {
            EscalationRules.requireSameSchool(actor, people.get(comment.posterPersonId()));
        }
        long id = incidents.add(actor.schoolId(), actor.userId(), now(), comment);
        audit.record(actor.schoolId(), actor.userId(), "incident-reported", RECORD_TYPE, id,
            "Comment on " + comment.platform().strip() + ": " + excerpt(comment.content()), null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_SCHOOL_ID, actor.schoolId());
        variables.put(VAR_RECORD_TYPE, RECORD_TYPE);
        variables.put(VAR_INCIDENT_ID, id);
        runtimeService.startProcessInstanceByKey(KEY, String.valueOf(id), variables);
        return id;
    }

    /**
     * A report with a screenshot of the comment, checked (type by its bytes, size) before anything is
     * written and filed with the incident as {@code incidents/<school>/<id>/screenshot.<ext>}; the
     * file stays out of the process, whose history would keep it for years.
     */
    public long report(Actor actor, ReportedComment comment, Upload screenshot) {
        if (screenshot == null) {
            return report(actor, comment);
        }
        ScreenshotType type = EscalationRules.requireScreenshot(screenshot);
        long id = report(actor, comment);
        Screenshot stored = screenshots.store(actor.schoolId(), id, screenshot, type);
        audit.record(actor.schoolId(), actor.userId(), "screenshot-attached", RECORD_TYPE, id,
            type.description() + ", " + IncidentWords.size(stored.size()), null);
        return id;
    }

    public void triage(Actor actor, String taskId, Triage triage) {
        EscalationRules.requireMayTriage(actor);
        Step step = open(actor, taskId, TASK_TRIAGE);
        Person poster = step.poster();
        EscalationRules.requireConsistent(triage, poster);
        Set<String> posterGroups = poster == null || poster.userId() == null ? Set.of() : actors.of(poster.userId()).groups();
        String actionGroup = EscalationRules.actionGroupFor(triage.whoPosted(), posterGroups);
        incidents.recordTriage(step.id(), triage, actionGroup, actor.userId(), now());
        record(actor, step, "incident-triaged", triage.describe(), null);
        userTasks.complete(actor, step.task(), Map.of(VAR_WHO_POSTED, triage.whoPosted().name(),
            VAR_WHAT_IT_IS, triage.whatItIs().name(), VAR_SERIOUS, triage.serious(),
            VAR_PUPIL_UNDER_13, triage.pupilUnder13Account(), VAR_ACTION_GROUP, actionGroup));
    }

    /** Racist content or threatened violence: the police first, with the crime reference they give. */
    public void recordPoliceInvolvement(Actor actor, String taskId, String crimeReference) {
        Step step = open(actor, taskId, TASK_INVOLVE_POLICE);
        String reference = requireText(crimeReference, "the crime reference the police gave", 60);
        incidents.recordCrimeReference(step.id(), reference);
        record(actor, step, "police-involved", "Crime reference " + reference, null);
        userTasks.complete(actor, step.task(), Map.of());
    }

    public void recordTalkWithPupil(Actor actor, String taskId, String note) {
        completeWithNote(actor, taskId, TASK_TALK_TO_PUPIL, "pupil-spoken-to", note, "how the conversation went");
    }

    public void recordPolicyReminder(Actor actor, String taskId, String note) {
        completeWithNote(actor, taskId, TASK_REMIND_OF_POLICY, "policy-reminder-given", note,
            "how and when the policy was brought to their attention");
    }

    public void recordDisciplinaryReferral(Actor actor, String taskId, String note) {
        completeWithNote(actor, taskId, TASK_REFER_FOR_DISCIPLINARY, "disciplinary-referral-made", note,
            "the referral made under the disciplinary procedure");
    }

    public void recordAntiBullyingCase(Actor actor, String taskId, String caseReference) {
        Step step = open(actor, taskId, TASK_ANTI_BULLYING);
        String reference = requireText(caseReference, "the anti-bullying case reference", 200);
        incidents.recordAntiBullyingCase(step.id(), reference);
        record(actor, step, "anti-bullying-case-opened", "Anti-Bullying Policy case " + reference, null);
        userTasks.complete(actor, step.task(), Map.of());
    }

    public void recordPlatformReport(Actor actor, String taskId, String reportReference) {
        Step step = open(actor, taskId, TASK_REPORT_ABUSE);
        String reference = requireText(reportReference, "the reference the platform gave for the report", 200);
        incidents.recordPlatformReport(step.id(), reference);
        record(actor, step, "abuse-reported-to-platform",
            "Reported to " + step.incident().platform() + "'s report-abuse service: " + reference, null);
        userTasks.complete(actor, step.task(), Map.of());
    }

    public void recordRemovalCheck(Actor actor, String taskId, boolean removed, boolean stillSerious, String note) {
        Step step = open(actor, taskId, TASK_CHECK_REMOVAL);
        String checked = requireText(note, "what you checked", 2000);
        incidents.recordRemovalCheck(step.id(), removed, stillSerious);
        record(actor, step, "removal-checked", "Removed: " + Triage.yesNo(removed) + "; still serious: "
            + Triage.yesNo(stillSerious), checked);
        userTasks.complete(actor, step.task(), Map.of(VAR_REMOVED, removed, VAR_STILL_SERIOUS, stillSerious));
    }

    /** The Head Teacher or the Chair records the decision on legal options that they both agreed. */
    public void recordLegalDecision(Actor actor, String taskId, String decision, boolean headTeacherAndChairAgreed) {
        Step step = open(actor, taskId, TASK_LEGAL_OPTIONS);
        String decided = requireText(decision, "the decision on legal options", 2000);
        EscalationRules.requireLegalAgreement(headTeacherAndChairAgreed);
        incidents.recordLegalDecision(step.id(), decided, actor.userId());
        record(actor, step, "legal-options-decided", "Agreed by the Head Teacher and the Chair of Governors", decided);
        userTasks.complete(actor, step.task(), Map.of());
    }

    /** The leadership team closes the incident with its outcome; the process writes it to the register. */
    public void closeIncident(Actor actor, String taskId, IncidentOutcome outcome, String note) {
        Step step = open(actor, taskId, TASK_CLOSE);
        EscalationRules.requireClosingOutcome(outcome);
        String closingNote = requireText(note, "a note on the outcome", 2000);
        userTasks.complete(actor, step.task(), Map.of(VAR_OUTCOME, outcome.name(), VAR_OUTCOME_NOTE, closingNote,
            VAR_CLOSED_BY, actor.userId()));
    }

    @Transactional(readOnly = true)
    public Incident get(long incidentId) {
        return incidents.find(incidentId).orElseThrow(
            () -> new IllegalArgumentException("There is no incident " + incidentId + "."));
    }

    /**
     * The incident an open task is about, for its form: the same checks as recording the step
     * (the task is open, of this kind, the person may complete it, same school, not their own post).
     */
    @Transactional(readOnly = true)
    public Incident incidentForTask(Actor actor, String taskId, String taskKey) {
        return open(actor, taskId, taskKey).incident();
    }

    @Transactional(readOnly = true)
    Optional<Screenshot> screenshot(long incidentId) {
        return screenshots.of(incidentId);
    }

    @Transactional(readOnly = true)
    public List<Incident> register(String schoolId) {
        return incidents.ofSchool(schoolId);
    }

    @Transactional(readOnly = true)
    public List<LetterRequest> letterRequests(long incidentId) {
        return letters.forIncident(incidentId);
    }

    private void completeWithNote(Actor actor, String taskId, String taskKey, String action, String note, String what) {
        Step step = open(actor, taskId, taskKey);
        String text = requireText(note, what, 2000);
        record(actor, step, action, null, text);
        userTasks.complete(actor, step.task(), Map.of());
    }

    private Step open(Actor actor, String taskId, String taskKey) {
        Task task = userTasks.openTaskFor(actor, taskId, taskKey);
        Incident incident = get(((Number) runtimeService.getVariable(task.getExecutionId(), VAR_INCIDENT_ID)).longValue());
        if (!actor.schoolId().equals(incident.schoolId())) {
            throw new NotEntitledException("This incident belongs to another school.");
        }
        Person poster = incident.posterPersonId() == null ? null : people.get(incident.posterPersonId());
        EscalationRules.requireNotAboutOwnPost(actor, poster);
        return new Step(task, incident, poster);
    }

    private void record(Actor actor, Step step, String action, String detail, String reason) {
        audit.record(step.incident().schoolId(), actor.userId(), action, RECORD_TYPE, step.id(), detail, reason);
    }

    private static String excerpt(String content) {
        String text = content.strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** An open task of an incident's process, the incident, and its poster when the register knows them. */
    private record Step(Task task, Incident incident, Person poster) {

        long id() {
            return incident.id();
        }
    }
}
