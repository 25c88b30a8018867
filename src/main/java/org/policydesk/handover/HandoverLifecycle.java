package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.RECORD_TYPE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The automatic steps of a handover, called by the model's service tasks: open, escalate, close. */
@Service
@Transactional
class HandoverLifecycle {

    private static final Map<String, String> STEP_NAMES = Map.of(
        HandoverProcess.TASK_SURRENDER, "surrender of login details and credentials",
        HandoverProcess.TASK_ROTATE_SECRET, "change of password or token",
        HandoverProcess.TASK_TRANSFER_OR_CANCEL, "transfer or cancellation");

    private final Handovers handovers;
    private final People people;
    private final Actors actors;
    private final AccountRegister accountRegister;
    private final AuditTrail audit;
    private final HandoverCertificate certificate;
    private final Clock clock;

    HandoverLifecycle(Handovers handovers, People people, Actors actors, AccountRegister accountRegister,
                      AuditTrail audit, HandoverCertificate certificate, Clock clock) {
        this.certificate = certificate;
        this.handovers = handovers;
        this.people = people;
        this.actors = actors;
        this.accountRegister = accountRegister;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the model needs once a handover is open: ids only, never an account's secret. */
    record Opened(long handoverId, List<Long> accountIds, List<String> leaverUserIds, String escalationGroup) {
    }

    Opened open(String schoolId, long leaverPersonId, HandoverReason reason) {
        Person leaver = people.get(leaverPersonId);
        if (!leaver.schoolId().equals(schoolId)) {
            throw new IllegalArgumentException(leaver.fullName() + " does not belong to school " + schoolId + ".");
        }
        List<Account> accounts = accountRegister.activeHeldBy(leaverPersonId);
        long id = handovers.open(schoolId, leaverPersonId, reason, now());
        accounts.forEach(account -> handovers.addStep(id, account.id()));
        boolean headTeacher = leaver.userId() != null && actors.of(leaver.userId()).isIn(Groups.HEAD_TEACHER);
        String escalationGroup = headTeacher ? Groups.CHAIR_OF_GOVERNORS : Groups.HEAD_TEACHER;
        String listed = accounts.isEmpty() ? "no school accounts"
            : accounts.stream().map(a -> a.platform() + " " + a.handle()).collect(Collectors.joining(", "));
        audit.record(schoolId, Actor.SYSTEM, "handover-opened", RECORD_TYPE, id,
            "Handover from " + leaver.fullName() + " (" + reason.name().toLowerCase() + "): " + listed
                + ". Overdue steps go to the " + HandoverEntitlements.roleName(escalationGroup) + ".", null);
        return new Opened(id, accounts.stream().map(Account::id).toList(),
            leaver.userId() == null ? List.of() : List.of(leaver.userId()), escalationGroup);
    }

    void escalateOverdueStep(long handoverId, long accountId, String escalationGroup) {
        Handover handover = get(handoverId);
        HandoverStep step = handovers.step(handoverId, accountId).orElseThrow(() -> new IllegalStateException(
            "Account " + accountId + " is not part of handover " + handoverId + "."));
        Account account = accountRegister.get(accountId);
        handovers.recordEscalation(handoverId, accountId, now());
        String pending = STEP_NAMES.getOrDefault(step.pendingStep(), "handover step");
        audit.record(handover.schoolId(), Actor.SYSTEM, "handover-step-escalated", RECORD_TYPE, handoverId,
            "The " + pending + " for " + account.platform() + " " + account.handle() + " is overdue; passed to the "
                + HandoverEntitlements.roleName(escalationGroup) + " to chase.", null);
    }

    void close(long handoverId) {
        Handover handover = get(handoverId);
        Person leaver = people.get(handover.leaverPersonId());
        String outcome = HandoverOutcome.describe(leaver.fullName(), handovers.steps(handoverId), accountRegister::get,
            personId -> people.get(personId).fullName(), handover.leaverAssistance());
        handovers.complete(handoverId, outcome, now());
        audit.record(handover.schoolId(), Actor.SYSTEM, "handover-completed", RECORD_TYPE, handoverId, outcome, null);
        boolean headTeacher = leaver.userId() != null && actors.of(leaver.userId()).isIn(Groups.HEAD_TEACHER);
        certificate.issue(get(handoverId), handovers.steps(handoverId), leaver, headTeacher);
    }

    private Handover get(long handoverId) {
        return handovers.find(handoverId).orElseThrow(
            () -> new IllegalArgumentException("There is no handover " + handoverId + "."));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
