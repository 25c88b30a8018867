package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.audit.AuditTrail;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUseStatus;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms of a termination handover, one method per user task, and the handover register.
 * Each method checks the person's entitlement and the form, then updates the account register,
 * the handover register and the audit trail and completes the task, in one transaction. New
 * passwords and tokens go straight into the sealed account register: never into the process.
 */
@Service
@Transactional
public class HandoverService {

    private final Handovers handovers;
    private final People people;
    private final AccountRegister accountRegister;
    private final OfficialUseService officialUse;
    private final UserTasks userTasks;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final Clock clock;

    HandoverService(Handovers handovers, People people, AccountRegister accountRegister, OfficialUseService officialUse,
                    UserTasks userTasks, RuntimeService runtimeService, AuditTrail audit, Clock clock) {
        this.handovers = handovers;
        this.people = people;
        this.accountRegister = accountRegister;
        this.officialUse = officialUse;
        this.userTasks = userTasks;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.clock = clock;
    }

    /** The leaver (or the office for them) ticks what they handed over for one account. */
    public void recordSurrender(Actor actor, String taskId, Set<SurrenderedItem> items) {
        StepTask step = stepTask(actor, taskId, TASK_SURRENDER);
        HandoverEntitlements.requireMayRecordSurrender(actor, step.handover(), step.leaver());
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one thing that was surrendered: login details, "
                + "passwords, tokens or authorisation devices.");
        }
        handovers.recordSurrender(step.handoverId(), step.accountId(), items, actor.userId(), now());
        step.audit(actor, "handover-credentials-surrendered", "surrendered "
            + items.stream().sorted().map(SurrenderedItem::label).collect(Collectors.joining(", ")), null);
        userTasks.complete(actor, step.task(), Map.of());
    }

    /** The office has changed the password or token; the new one is sealed into the account register. */
    public void rotateSecret(Actor actor, String taskId, Secret newSecret) {
        StepTask step = stepTask(actor, taskId, TASK_ROTATE_SECRET);
        HandoverEntitlements.requireOfficeNotLeaver(actor, step.handover(), step.leaver(), "change the password or token");
        if (newSecret == null) {
            throw new IllegalArgumentException("Type the new password or token.");
        }
        accountRegister.rotateSecret(actor, step.accountId(), newSecret, "Changed in handover " + step.handoverId()
            + " from " + step.leaver().fullName());
        handovers.recordRotation(step.handoverId(), step.accountId(), actor.userId(), now());
        step.audit(actor, "handover-secret-rotated", "password or token changed", null);
        userTasks.complete(actor, step.task(), Map.of());
    }

    /** Transfer to a named official user ({@code toPersonId}), to the school office, or cancel. */
    public void transferOrCancel(Actor actor, String taskId, AccountDisposition disposition, Long toPersonId,
                                 String reason) {
        StepTask step = stepTask(actor, taskId, TASK_TRANSFER_OR_CANCEL);
        HandoverEntitlements.requireOfficeNotLeaver(actor, step.handover(), step.leaver(), "transfer or cancel the account");
        if (disposition == null) {
            throw new IllegalArgumentException("Choose whether to transfer the account or cancel it.");
        }
        if ((disposition == AccountDisposition.TRANSFERRED) != (toPersonId != null)) {
            throw new IllegalArgumentException(disposition == AccountDisposition.TRANSFERRED
                ? "Choose the official user the account goes to."
                : "Leave the person empty when the account goes to the school office or is cancelled.");
        }
        requireText(reason, "the reason");
        String what = switch (disposition) {
            case TRANSFERRED -> {
                Person target = people.get(toPersonId);
                boolean active = officialUse.currentFor(toPersonId)
                    .filter(user -> user.status() == OfficialUseStatus.ACTIVE).isPresent();
                HandoverEntitlements.requireTransferTarget(target, step.leaver(), active);
                accountRegister.transfer(actor, step.accountId(), toPersonId, reason);
                yield "transferred to " + target.fullName();
            }
            case TO_SCHOOL_OFFICE -> {
                accountRegister.transfer(actor, step.accountId(), null, reason);
                yield "transferred to the school office";
            }
            case CANCELLED -> {
                accountRegister.cancel(actor, step.accountId(), reason);
                yield "cancelled";
            }
        };
        handovers.recordDisposition(step.handoverId(), step.accountId(), disposition, toPersonId, actor.userId(), now());
        step.audit(actor, disposition == AccountDisposition.CANCELLED ? "handover-account-cancelled"
            : "handover-account-transferred", what, reason);
        userTasks.complete(actor, step.task(), Map.of());
    }

    /** The Head Teacher (or the Chair, for the Head Teacher's own handover) records chasing an overdue step. */
    public void chaseOverdueStep(Actor actor, String taskId, String note) {
        StepTask step = stepTask(actor, taskId, TASK_CHASE_OVERDUE_STEP);
        String group = (String) runtimeService.getVariable(step.task().getExecutionId(), VAR_ESCALATION_GROUP);
        HandoverEntitlements.requireMayChase(actor, step.handover(), step.leaver(), group);
        requireText(note, "what you did to chase the step");
        step.audit(actor, "handover-step-chased", "overdue step chased", note);
        userTasks.complete(actor, step.task(), Map.of());
    }

    public void recordLeaverAssistance(Actor actor, String taskId, LeaverAssistance assistance, String note) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_RECORD_ASSISTANCE);
        Handover handover = forTask(task);
        Person leaver = people.get(handover.leaverPersonId());
        HandoverEntitlements.requireOfficeNotLeaver(actor, handover, leaver, "record how far the leaver assisted");
        if (assistance == null) {
            throw new IllegalArgumentException("Choose whether " + leaver.fullName() + " assisted fully, partly or not at all.");
        }
        requireText(note, "a note on the leaver's assistance");
        handovers.recordAssistance(handover.id(), assistance, note);
        audit.record(handover.schoolId(), actor.userId(), "handover-assistance-recorded", RECORD_TYPE, handover.id(),
            leaver.fullName() + " assisted: " + assistance.name().toLowerCase(), note);
        userTasks.complete(actor, task, Map.of());
    }

    public Handover get(long handoverId) {
        return handovers.find(handoverId).orElseThrow(
            () -> new IllegalArgumentException("There is no handover " + handoverId + "."));
    }

    /** The handover register of a school, newest first. */
    public List<Handover> register(String schoolId) {
        return handovers.ofSchool(schoolId);
    }

    public List<HandoverStep> steps(long handoverId) {
        return handovers.steps(handoverId);
    }

    /** An open task on one account of a handover, with what the checks and the audit need. */
    private record StepTask(Task task, Handover handover, Person leaver, Account account, AuditTrail trail) {

        long handoverId() {
            return handover.id();
        }

        long accountId() {
            return account.id();
        }

        void audit(Actor actor, String action, String what, String reason) {
            trail.record(handover.schoolId(), actor.userId(), action, RECORD_TYPE, handover.id(),
                account.platform() + " " + account.handle() + ": " + what, reason);
        }
    }

    private StepTask stepTask(Actor actor, String taskId, String taskKey) {
        Task task = userTasks.openTaskFor(actor, taskId, taskKey);
        Handover handover = forTask(task);
        long accountId = ((Number) runtimeService.getVariable(task.getExecutionId(), VAR_ACCOUNT_ID)).longValue();
        return new StepTask(task, handover, people.get(handover.leaverPersonId()), accountRegister.get(accountId), audit);
    }

    private Handover forTask(Task task) {
        return get(((Number) runtimeService.getVariable(task.getExecutionId(), VAR_HANDOVER_ID)).longValue());
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
