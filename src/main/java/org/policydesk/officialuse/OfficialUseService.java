package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.audit.AuditTrail;
import org.policydesk.officialuse.OfficialUseEntitlements.Subject;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.school.HeadTeacherAbsences;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests, decisions and changes to official use. Each method checks the person's entitlement,
 * updates the register and the audit trail, and moves the person's official-use process on, all
 * in one transaction: a refusal changes nothing.
 */
@Service
@Transactional
public class OfficialUseService {

    private final OfficialUsers officialUsers;
    private final People people;
    private final Actors actors;
    private final HeadTeacherAbsences absences;
    private final AccountRegister accountRegister;
    private final UserTasks userTasks;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final OfficialUseNotices notices;
    private final Clock clock;

    OfficialUseService(OfficialUsers officialUsers, People people, Actors actors, HeadTeacherAbsences absences,
                       AccountRegister accountRegister, UserTasks userTasks, RuntimeService runtimeService,
                       AuditTrail audit, OfficialUseNotices notices, Clock clock) {
        this.notices = notices;
        this.officialUsers = officialUsers;
        this.people = people;
        this.actors = actors;
        this.absences = absences;
        this.accountRegister = accountRegister;
        this.userTasks = userTasks;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.clock = clock;
    }

    /** An employee or governor asks to post for the school (the office may ask on their behalf). */
    public long request(Actor actor, long personId, String purpose) {
        Person person = people.get(personId);
        if (!actor.userId().equals(person.userId()) && !actor.isInAny(Groups.OFFICE, Groups.HEAD_TEACHER)) {
            throw new NotEntitledException("You may ask for official use only for yourself.");
        }
        requireSameSchool(actor, person);
        if (!person.isStaffOrGovernor() || person.userId() == null) {
            throw new IllegalArgumentException(person.fullName()
                + " is not an employee or governor with a sign-in, so cannot be an official user.");
        }
        if (person.status() != PersonStatus.CURRENT) {
            throw new IllegalArgumentException(person.fullName() + " is " + person.status().name().toLowerCase()
                + " and cannot ask for official use now.");
        }
        if (actors.of(person.userId()).isIn(Groups.CHAIR_OF_GOVERNORS)) {
            throw new IllegalArgumentException("The policy gives nobody but the Chair of Governors the right to "
                + "approve a governor's official use, and nobody may approve their own, so the Chair cannot be approved.");
        }
        officialUsers.currentFor(personId).ifPresent(existing -> {
            throw new IllegalArgumentException(person.fullName() + " already has official use "
                + existing.status().name().toLowerCase() + " (record " + existing.id() + ").");
        });
        requireText(purpose, "what the official use is for");
        long id = officialUsers.add(person.schoolId(), personId, OfficialUseStatus.REQUESTED, purpose, actor.userId(), now());
        audit.record(person.schoolId(), actor.userId(), "official-use-requested", RECORD_TYPE, id,
            "Official use requested for " + person.fullName(), purpose);
        runtimeService.startProcessInstanceByKey(KEY, String.valueOf(id), variablesFor(id, person));
        return id;
    }

    /**
     * The Head Teacher is an official user under the policy without asking: their record starts
     * active, waiting for suspension, revocation or leaving.
     */
    public long recordStandingOfficialUser(long personId, String reason) {
        Person person = people.get(personId);
        long id = officialUsers.add(person.schoolId(), personId, OfficialUseStatus.ACTIVE, reason, Actor.SYSTEM, now());
        audit.record(person.schoolId(), Actor.SYSTEM, "official-use-standing", RECORD_TYPE, id,
            person.fullName() + " is an official user by virtue of their post", reason);
        runtimeService.createProcessInstanceByKey(KEY).businessKey(String.valueOf(id))
            .setVariables(variablesFor(id, person)).startBeforeActivity(BACK_TO_ACTIVE).execute();
        return id;
    }

    public void decide(Actor actor, String taskId, boolean approve, String reason) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_DECIDE);
        OfficialUser officialUser = forTask(task);
        OfficialUseEntitlements.requireMayApprove(actor, subjectOf(officialUser), deputyInForce(actor.schoolId()));
        requireText(reason, approve ? "a note on the approval" : "the reason for refusing");
        OfficialUseStatus status = approve ? OfficialUseStatus.ACTIVE : OfficialUseStatus.REFUSED;
        officialUsers.recordDecision(officialUser.id(), actor.userId(), now());
        officialUsers.changeStatus(officialUser.id(), status, actor.userId(), now(), reason);
        audit.record(officialUser.schoolId(), actor.userId(), approve ? "official-use-approved" : "official-use-refused",
            RECORD_TYPE, officialUser.id(), null, reason);
        notices.decided(officialUser, approve, actor.userId(), reason);
        userTasks.complete(actor, task, Map.of(VAR_APPROVED, approve));
    }

    public void recordAccounts(Actor actor, String taskId, List<AccountDetails> accounts) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_RECORD_ACCOUNTS);
        OfficialUser officialUser = forTask(task);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("Record at least one account that will be used for the school.");
        }
        accounts.forEach(details -> accountRegister.record(actor, officialUser.personId(), details));
        userTasks.complete(actor, task, Map.of());
    }

    public void acknowledgeGuidance(Actor actor, String taskId) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_ACKNOWLEDGE_GUIDANCE);
        OfficialUser officialUser = forTask(task);
        officialUsers.recordGuidanceAcknowledged(officialUser.id(), now());
        audit.record(officialUser.schoolId(), actor.userId(), "guidance-acknowledged", RECORD_TYPE,
            officialUser.id(), "Acknowledged the current rules and guidance for official use", null);
        userTasks.complete(actor, task, Map.of());
    }

    /** Revokes at once, or, when the Chair revokes an employee, once the governors' consultation is recorded. */
    public void requestRevocation(Actor actor, long officialUserId, String reason) {
        OfficialUser officialUser = get(officialUserId);
        if (officialUser.status() != OfficialUseStatus.ACTIVE && officialUser.status() != OfficialUseStatus.SUSPENDED) {
            throw new IllegalArgumentException("Official use " + officialUserId + " is "
                + officialUser.status().name().toLowerCase() + "; only active or suspended official use can be revoked.");
        }
        boolean consult = OfficialUseEntitlements.requireMayRevoke(actor, subjectOf(officialUser),
            deputyInForce(actor.schoolId()));
        if (!awaitsRevocation(officialUser)) {
            throw new IllegalArgumentException("A revocation of official use " + officialUserId
                + " is already waiting for the governors' consultation to be recorded.");
        }
        requireText(reason, "the reason for revoking");
        audit.record(officialUser.schoolId(), actor.userId(), "official-use-revocation-requested", RECORD_TYPE,
            officialUserId, consult ? "Governors to be consulted before it takes effect" : null, reason);
        correlate(MESSAGE_REVOCATION, officialUser, actor, reason, Map.of(VAR_CONSULT_GOVERNORS, consult));
    }

    public void recordGovernorConsultation(Actor actor, String taskId, boolean confirmRevocation, String consultation) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_CONSULT_GOVERNORS);
        OfficialUser officialUser = forTask(task);
        OfficialUseEntitlements.requireMayRevoke(actor, subjectOf(officialUser), deputyInForce(actor.schoolId()));
        requireText(consultation, "how the governors were consulted and what they said");
        audit.record(officialUser.schoolId(), actor.userId(),
            confirmRevocation ? "governors-consulted-revocation-confirmed" : "governors-consulted-revocation-withdrawn",
            RECORD_TYPE, officialUser.id(), null, consultation);
        userTasks.complete(actor, task, Map.of(VAR_GOVERNORS_SUPPORT, confirmRevocation,
            VAR_CHANGED_BY, actor.userId(), VAR_CHANGE_REASON, consultation));
    }

    /** An employee's suspension suspends their official use for as long as it lasts. */
    public void recordSuspension(Actor actor, long personId, String reason) {
        Person person = people.get(personId);
        OfficialUseEntitlements.requireMayChangeEmployment(actor, subjectOf(person), deputyInForce(actor.schoolId()));
        if (person.status() != PersonStatus.CURRENT) {
            throw new IllegalArgumentException(person.fullName() + " is not currently in post, so cannot be suspended.");
        }
        requireText(reason, "the reason for the suspension");
        people.changeStatus(personId, PersonStatus.SUSPENDED);
        audit.record(person.schoolId(), actor.userId(), "employee-suspended", "person", personId, person.fullName(), reason);
        officialUsers.currentFor(personId).filter(user -> user.status() == OfficialUseStatus.ACTIVE)
            .ifPresent(user -> changeWhileInForce(MESSAGE_SUSPENDED, OfficialUseStatus.SUSPENDED, user, actor, reason));
    }

    public void recordReinstatement(Actor actor, long personId, String reason) {
        Person person = people.get(personId);
        OfficialUseEntitlements.requireMayChangeEmployment(actor, subjectOf(person), deputyInForce(actor.schoolId()));
        if (person.status() != PersonStatus.SUSPENDED) {
            throw new IllegalArgumentException(person.fullName() + " is not suspended.");
        }
        requireText(reason, "a note on the reinstatement");
        people.changeStatus(personId, PersonStatus.CURRENT);
        audit.record(person.schoolId(), actor.userId(), "employee-reinstated", "person", personId, person.fullName(), reason);
        officialUsers.currentFor(personId).filter(user -> user.status() == OfficialUseStatus.SUSPENDED)
            .ifPresent(user -> changeWhileInForce(MESSAGE_RESUMED, OfficialUseStatus.ACTIVE, user, actor, reason));
    }

    /** End of employment or of a governor's appointment: official use ends and the handover starts. */
    public void recordLeaving(Actor actor, long personId, String reason) {
        Person person = people.get(personId);
        OfficialUseEntitlements.requireMayRecordLeaving(actor, subjectOf(person), deputyInForce(actor.schoolId()));
        if (person.status() == PersonStatus.LEFT) {
            throw new IllegalArgumentException(person.fullName() + " has already left.");
        }
        requireText(reason, "the reason for leaving");
        people.changeStatus(personId, PersonStatus.LEFT);
        audit.record(person.schoolId(), actor.userId(), "person-left", "person", personId, person.fullName(), reason);
        officialUsers.currentFor(personId).ifPresent(user -> {
            if (user.status() == OfficialUseStatus.REQUESTED) {
                withdrawRequest(actor, user, reason);
            } else {
                correlate(MESSAGE_ENDED, user, actor, reason, Map.of());
            }
        });
    }

    public OfficialUser get(long officialUserId) {
        return officialUsers.find(officialUserId).orElseThrow(
            () -> new IllegalArgumentException("There is no official user record " + officialUserId + "."));
    }

    public Optional<OfficialUser> currentFor(long personId) {
        return officialUsers.currentFor(personId);
    }

    public List<OfficialUser> register(String schoolId) {
        return officialUsers.ofSchool(schoolId);
    }

    public List<OfficialUser> withStatus(String schoolId, OfficialUseStatus status) {
        return officialUsers.withStatus(schoolId, status);
    }

    public List<StatusChange> history(long officialUserId) {
        return officialUsers.history(officialUserId);
    }

    /** Whether the person's process would take a revocation now (not while one awaits consultation). */
    public boolean awaitsRevocation(OfficialUser officialUser) {
        return runtimeService.createEventSubscriptionQuery().eventType("message").eventName(MESSAGE_REVOCATION)
            .processInstanceId(processInstanceId(officialUser)).count() > 0;
    }

    private String processInstanceId(OfficialUser officialUser) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(officialUser.id())).list().stream()
            .map(instance -> instance.getId()).findFirst().orElse("none");
    }

    /** Called by the model's service tasks once a change has been decided. */
    void changeStatus(long officialUserId, OfficialUseStatus status, String changedBy, String reason) {
        OfficialUser officialUser = get(officialUserId);
        officialUsers.changeStatus(officialUserId, status, changedBy, now(), reason);
        audit.record(officialUser.schoolId(), changedBy, "official-use-" + status.name().toLowerCase(), RECORD_TYPE,
            officialUserId, null, reason);
        notices.statusChanged(officialUser, status, changedBy, reason);
    }

    /**
     * Suspension and reinstatement move a process that waits while official use is in force; one
     * still collecting accounts or the guidance acknowledgement just has its status changed and
     * carries on.
     */
    private void changeWhileInForce(String message, OfficialUseStatus status, OfficialUser user, Actor actor,
                                    String reason) {
        boolean inForce = runtimeService.createExecutionQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(user.id())).activityId(WAITING_WHILE_ACTIVE).count() > 0;
        if (inForce) {
            correlate(message, user, actor, reason, Map.of());
        } else {
            changeStatus(user.id(), status, actor.userId(), reason);
        }
    }

    private void withdrawRequest(Actor actor, OfficialUser user, String reason) {
        String why = "Withdrawn: the person left before the request was decided. " + reason;
        officialUsers.changeStatus(user.id(), OfficialUseStatus.ENDED, actor.userId(), now(), why);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(user.id())).list()
            .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), why));
    }

    private void correlate(String message, OfficialUser user, Actor actor, String reason, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put(VAR_CHANGED_BY, actor.userId());
        variables.put(VAR_CHANGE_REASON, reason);
        runtimeService.createMessageCorrelation(message)
            .processInstanceBusinessKey(String.valueOf(user.id())).setVariables(variables).correlate();
    }

    private Map<String, Object> variablesFor(long officialUserId, Person person) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_OFFICIAL_USER_ID, officialUserId);
        variables.put(VAR_PERSON_ID, person.id());
        variables.put(VAR_SCHOOL_ID, person.schoolId());
        variables.put(VAR_RECORD_TYPE, RECORD_TYPE);
        variables.put(VAR_SUBJECT_USER_ID, person.userId());
        return variables;
    }

    private OfficialUser forTask(Task task) {
        Object id = runtimeService.getVariable(task.getExecutionId(), VAR_OFFICIAL_USER_ID);
        return get(((Number) id).longValue());
    }

    private Subject subjectOf(OfficialUser officialUser) {
        return subjectOf(people.get(officialUser.personId()));
    }

    private Subject subjectOf(Person person) {
        boolean headTeacher = person.userId() != null && actors.of(person.userId()).isIn(Groups.HEAD_TEACHER);
        return new Subject(person, headTeacher);
    }

    private Optional<String> deputyInForce(String schoolId) {
        return absences.inForce(schoolId).map(HeadTeacherAbsence::deputyUserId);
    }

    private static void requireSameSchool(Actor actor, Person person) {
        if (!actor.schoolId().equals(person.schoolId())) {
            throw new NotEntitledException(person.fullName() + " belongs to another school.");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Please give " + what + ".");
        }
        if (value.length() > 2000) {
            throw new IllegalArgumentException("Please shorten " + what + " to 2,000 characters or fewer.");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
