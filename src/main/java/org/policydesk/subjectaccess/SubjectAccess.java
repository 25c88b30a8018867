package org.policydesk.subjectaccess;

import static org.policydesk.subjectaccess.SubjectAccessProcess.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.OutputStore;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access requests: recording one starts its process, which produces the pack at once and
 * waits for the Head Teacher or the office to check it and send it within a calendar month. Each
 * method checks the person's entitlement and input before changing anything, in one transaction.
 * The command line may call {@link #start} and {@link #pack} with the actor it signs in as.
 */
@Service
@Transactional
public class SubjectAccess {

    private final SubjectAccessRequests requests;
    private final SubjectAccessPack packs;
    private final People people;
    private final UserTasks userTasks;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final OutputStore output;
    private final Clock clock;

    SubjectAccess(SubjectAccessRequests requests, SubjectAccessPack packs, People people, UserTasks userTasks,
                  RuntimeService runtimeService, AuditTrail audit, OutputStore output, Clock clock) {
        this.requests = requests;
        this.packs = packs;
        this.people = people;
        this.userTasks = userTasks;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.output = output;
        this.clock = clock;
    }

    /**
     * Records a request about a person in the people register and starts its process; the pack is
     * produced before this returns. {@code askedBy} is empty when the person asked for themselves.
     */
    public long start(Actor actor, long personId, String askedBy, LocalDate receivedOn, ReceivedHow receivedHow) {
        SubjectAccessRules.requireMayHandle(actor);
        Person person = people.find(personId).orElseThrow(
            () -> new IllegalArgumentException("Choose the person the request is about."));
        SubjectAccessRules.requireSameSchool(actor, person.schoolId());
        SubjectAccessRules.requireReceivedOn(receivedOn, LocalDate.now(clock));
        if (receivedHow == null) {
            throw new IllegalArgumentException("Choose how the request came in.");
        }
        String asker = SubjectAccessRules.optionalText(askedBy, SubjectAccessRules.MAX_ASKED_BY, "who made the request");
        LocalDate dueOn = SubjectAccessDeadlines.dueOn(receivedOn);
        long id = requests.add(person.schoolId(), personId, asker, receivedOn, receivedHow, dueOn, actor.userId(), now());
        audit.record(person.schoolId(), actor.userId(), "subject-access-request-received", RECORD_TYPE, id,
            "Subject access request about " + person.fullName() + ", received " + DisplayDates.date(receivedOn) + " ("
                + receivedHow.label().toLowerCase() + "); response due " + DisplayDates.date(dueOn),
            asker == null ? "Asked by the person themselves" : "Asked by " + asker);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REQUEST_ID, id);
        variables.put(VAR_SCHOOL_ID, person.schoolId());
        variables.put(VAR_RECORD_TYPE, RECORD_TYPE);
        variables.put(VAR_RECEIVED_ON, receivedOn.toString());
        runtimeService.startProcessInstanceByKey(KEY, String.valueOf(id), variables);
        return id;
    }

    /** Produces the pack again (after a record was corrected, say) while the response is not yet sent. */
    public SubjectAccessRequest pack(Actor actor, long requestId) {
        SubjectAccessRequest request = get(actor, requestId);
        if (request.status() == RequestStatus.SENT) {
            throw new IllegalArgumentException("The response to " + SubjectAccessPack.reference(requestId)
                + " has been sent; its pack stays as it was sent.");
        }
        producePack(request, actor.userId());
        return requests.find(requestId).orElseThrow();
    }

    /** The model's service task: the pack, made as the person who recorded the request. */
    void producePack(long requestId) {
        SubjectAccessRequest request = requests.find(requestId).orElseThrow();
        producePack(request, request.recordedBy());
    }

    private void producePack(SubjectAccessRequest request, String producedBy) {
        Person person = people.get(request.subjectPersonId());
        LocalDateTime at = now();
        SubjectAccessPack.Produced produced = packs.produce(request, person, producedBy, at);
        requests.recordPack(request.id(), produced.pack().name(), produced.summary().name(), at);
        audit.record(request.schoolId(), producedBy, "subject-access-pack-produced", RECORD_TYPE, request.id(),
            "Pack for " + person.fullName() + ": " + count(produced.records(), "record", "records") + ", "
                + count(produced.decisions(), "audit entry", "audit entries") + ", "
                + count(produced.letters(), "letter or notice", "letters and notices"), null);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The check-and-send task: the checker says the pack went out, how and when. */
    public void recordSent(Actor actor, String taskId, LocalDate sentOn, SentHow sentHow, String note) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_CHECK_AND_SEND);
        SubjectAccessRules.requireMayCheckAndSend(actor);
        SubjectAccessRequest request = forTask(task);
        SubjectAccessRules.requireSameSchool(actor, request.schoolId());
        SubjectAccessRules.requireSentOn(sentOn, request.receivedOn(), LocalDate.now(clock));
        if (sentHow == null) {
            throw new IllegalArgumentException("Choose how the response was sent.");
        }
        String checked = SubjectAccessRules.optionalText(note, SubjectAccessRules.MAX_NOTE, "the note on the check");
        requests.recordSent(request.id(), actor.userId(), sentOn, sentHow, checked);
        audit.record(request.schoolId(), actor.userId(), "subject-access-response-sent", RECORD_TYPE, request.id(),
            "Checked and sent " + sentHow.label().toLowerCase() + " on " + DisplayDates.date(sentOn)
                + (sentOn.isAfter(request.dueOn()) ? ", after the due date " + DisplayDates.date(request.dueOn()) : ""),
            checked);
        userTasks.complete(actor, task, Map.of());
    }

    public SubjectAccessRequest get(Actor actor, long requestId) {
        SubjectAccessRules.requireMayHandle(actor);
        SubjectAccessRequest request = requests.find(requestId).orElseThrow(
            () -> new IllegalArgumentException("There is no subject access request " + requestId + "."));
        SubjectAccessRules.requireSameSchool(actor, request.schoolId());
        return request;
    }

    public List<SubjectAccessRequest> register(Actor actor) {
        SubjectAccessRules.requireMayHandle(actor);
        return requests.ofSchool(actor.schoolId());
    }

    /** The zip or the summary to download; the download is audited, like any export of personal data. */
    public Path download(Actor actor, long requestId, boolean summary) {
        SubjectAccessRequest request = get(actor, requestId);
        String name = summary ? request.summaryName() : request.packName();
        if (name == null) {
            throw new IllegalArgumentException("The pack for " + SubjectAccessPack.reference(requestId)
                + " has not been produced.");
        }
        audit.record(request.schoolId(), actor.userId(), "subject-access-pack-downloaded", RECORD_TYPE, requestId,
            (summary ? "Summary " : "Pack ") + name, null);
        return output.resolve(name);
    }

    SubjectAccessRequest forTask(Task task) {
        Object id = runtimeService.getVariable(task.getExecutionId(), VAR_REQUEST_ID);
        return requests.find(((Number) id).longValue()).orElseThrow();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
