package org.policydesk.acknowledgements;

import static org.policydesk.acknowledgements.AcknowledgementProcess.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.policydesk.audit.AuditTrail;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUseStatus;
import org.policydesk.officialuse.OfficialUser;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy-acknowledgement rounds and guidance versions. A round names everyone who must
 * acknowledge when it starts; each acknowledges for themselves through their own task, and the
 * process reminds whoever is still outstanding until all have.
 */
@Service
@Transactional
public class AcknowledgementService {

    private final AcknowledgementRounds rounds;
    private final People people;
    private final OfficialUseService officialUse;
    private final UserTasks userTasks;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final Clock clock;

    AcknowledgementService(AcknowledgementRounds rounds, People people, OfficialUseService officialUse,
                           UserTasks userTasks, RuntimeService runtimeService, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.people = people;
        this.officialUse = officialUse;
        this.userTasks = userTasks;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every current employee and governor with a sign-in is asked to acknowledge the Social Media Policy. */
    public long startPolicyRound(Actor actor) {
        AcknowledgementRules.requireMayStartPolicyRound(actor);
        rounds.openRound(actor.schoolId(), AcknowledgementSubject.POLICY).ifPresent(open -> {
            throw new IllegalArgumentException("Policy acknowledgement round " + open.id() + " is still open; "
                + "it must finish before another starts.");
        });
        List<Person> everyone = Stream.of(PersonKind.EMPLOYEE, PersonKind.GOVERNOR)
            .flatMap(kind -> people.ofKind(actor.schoolId(), kind).stream())
            .filter(person -> person.status() == PersonStatus.CURRENT && person.userId() != null)
            .toList();
        return start(actor, AcknowledgementSubject.POLICY, null, everyone, "the Social Media Policy");
    }

    /** The leadership team issues new rules and guidance; every active official user acknowledges them. */
    public long issueGuidance(Actor actor, String label, String summary) {
        AcknowledgementRules.requireMayIssueGuidance(actor);
        requireText(label, "a label for the guidance (for example 'Autumn 2025')", 100);
        requireText(summary, "the rules and guidance themselves", 4000);
        List<Person> officialUsers = officialUse.withStatus(actor.schoolId(), OfficialUseStatus.ACTIVE).stream()
            .map(OfficialUser::personId).map(people::get).filter(person -> person.userId() != null).toList();
        long guidanceId = rounds.addGuidance(actor.schoolId(), label, summary, actor.userId(), now());
        audit.record(actor.schoolId(), actor.userId(), "guidance-issued", "guidance-version", guidanceId, label, null);
        return start(actor, AcknowledgementSubject.GUIDANCE, guidanceId, officialUsers, "the rules and guidance '" + label + "'");
    }

    /** The person the task belongs to acknowledges; nobody may do it for them. */
    public void acknowledge(Actor actor, String taskId) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_ACKNOWLEDGE);
        AcknowledgementRules.requireOwnAcknowledgement(actor, task.getAssignee());
        Round round = get(((Number) runtimeService.getVariable(task.getExecutionId(), VAR_ROUND_ID)).longValue());
        Person person = people.findByUserId(round.schoolId(), actor.userId()).orElseThrow(
            () -> new IllegalStateException(actor.userId() + " is not in the people register of " + round.schoolId()));
        Acknowledgement acknowledgement = rounds.acknowledgement(round.id(), person.id()).orElseThrow(
            () -> new IllegalStateException(person.fullName() + " is not named in round " + round.id()));
        rounds.recordAcknowledged(acknowledgement.id(), now());
        audit.record(round.schoolId(), actor.userId(), "acknowledged", RECORD_TYPE, round.id(),
            person.fullName() + " acknowledged " + describe(round), null);
        userTasks.complete(actor, task, Map.of());
    }

    public Round get(long roundId) {
        return rounds.find(roundId).orElseThrow(
            () -> new IllegalArgumentException("There is no acknowledgement round " + roundId + "."));
    }

    public List<Round> rounds(String schoolId) {
        return rounds.ofSchool(schoolId);
    }

    public List<GuidanceVersion> guidanceVersions(String schoolId) {
        return rounds.guidanceOf(schoolId);
    }

    /** Who has and has not acknowledged in a round. */
    public RoundCoverage coverage(long roundId) {
        Round round = get(roundId);
        List<RoundCoverage.Entry> done = new ArrayList<>();
        List<RoundCoverage.Entry> outstanding = new ArrayList<>();
        for (Acknowledgement acknowledgement : rounds.acknowledgements(roundId)) {
            RoundCoverage.Entry entry = new RoundCoverage.Entry(acknowledgement.personId(),
                people.get(acknowledgement.personId()).fullName(), acknowledgement.acknowledgedAt(),
                acknowledgement.remindersSent());
            (acknowledgement.acknowledgedAt() == null ? outstanding : done).add(entry);
        }
        return new RoundCoverage(round, List.copyOf(done), List.copyOf(outstanding));
    }

    /** Called by the reminder timer: everyone still outstanding gets one more reminder. */
    void remindOutstanding(long roundId) {
        Round round = get(roundId);
        for (Acknowledgement acknowledgement : rounds.acknowledgements(roundId)) {
            if (acknowledgement.acknowledgedAt() == null) {
                rounds.recordReminded(acknowledgement.id());
                audit.record(round.schoolId(), Actor.SYSTEM, "acknowledgement-reminder", RECORD_TYPE, roundId,
                    "Reminder " + (acknowledgement.remindersSent() + 1) + " to "
                        + people.get(acknowledgement.personId()).fullName() + " to acknowledge " + describe(round), null);
            }
        }
    }

    void complete(long roundId) {
        Round round = get(roundId);
        rounds.complete(roundId, now());
        audit.record(round.schoolId(), Actor.SYSTEM, "acknowledgement-round-completed", RECORD_TYPE, roundId,
            "Everyone named has acknowledged " + describe(round), null);
    }

    private long start(Actor actor, AcknowledgementSubject subject, Long guidanceId, List<Person> who, String what) {
        long roundId = rounds.addRound(actor.schoolId(), subject, guidanceId, actor.userId(), now(),
            who.stream().map(Person::id).toList());
        audit.record(actor.schoolId(), actor.userId(), "acknowledgement-round-started", RECORD_TYPE, roundId,
            who.size() + " people asked to acknowledge " + what, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_SCHOOL_ID, actor.schoolId());
        variables.put(VAR_RECORD_TYPE, RECORD_TYPE);
        variables.put(VAR_ROUND_ID, roundId);
        variables.put(VAR_SUBJECT, subject.name());
        // JSON rather than Java serialization, so that Cockpit and the REST API can read the list.
        variables.put(VAR_ACK_USER_IDS, Variables.objectValue(new ArrayList<>(who.stream().map(Person::userId).toList()))
            .serializationDataFormat(SerializationDataFormats.JSON).create());
        runtimeService.startProcessInstanceByKey(KEY, String.valueOf(roundId), variables);
        return roundId;
    }

    private String describe(Round round) {
        if (round.subject() == AcknowledgementSubject.POLICY) {
            return "the Social Media Policy";
        }
        return rounds.guidance(round.guidanceVersionId())
            .map(guidance -> "the rules and guidance '" + guidance.label() + "'").orElse("the rules and guidance");
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Please give " + what + ".");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("Please shorten " + what + " to " + max + " characters or fewer.");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
