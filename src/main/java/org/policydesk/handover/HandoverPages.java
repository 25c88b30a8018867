package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUseStatus;
import org.policydesk.officialuse.OfficialUser;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.policydesk.web.DisplayDates;
import org.policydesk.web.DueInWords;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Component;

/**
 * What the handover pages need beyond the service: the handover and account a task is about,
 * names for sign-ins, the steps still open and who may read what. Buttons and links only mirror
 * {@link HandoverEntitlements}; the service checks again when a form is sent.
 */
@Component
class HandoverPages {

    /** Those who keep or oversee the registers: everyone but plain staff and the administrator. */
    private final HandoverService handovers;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final People people;
    private final AccountRegister accounts;
    private final UserTasks userTasks;
    private final OfficialUseService officialUse;

    HandoverPages(HandoverService handovers, RuntimeService runtimeService, TaskService taskService, People people,
                  AccountRegister accounts, UserTasks userTasks, OfficialUseService officialUse) {
        this.officialUse = officialUse;
        this.handovers = handovers;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.people = people;
        this.accounts = accounts;
        this.userTasks = userTasks;
    }

    static boolean mayReadRegister(Actor actor) {
        return actor.isInAny(Groups.REGISTER_READERS);
    }

    static void requireMayReadRegister(Actor actor) {
        if (!mayReadRegister(actor)) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may see "
                + "the handover register.");
        }
    }

    /** The register's readers, and the leaver for their own handover. */
    void requireMayRead(Actor actor, Handover handover) {
        boolean own = actor.userId().equals(leaver(handover).userId());
        if (!actor.schoolId().equals(handover.schoolId()) || !(own || mayReadRegister(actor))) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may see "
                + "other people's handovers.");
        }
    }

    Handover forTask(Task task) {
        return handovers.get(((Number) variable(task, VAR_HANDOVER_ID)).longValue());
    }

    Account accountOf(Task task) {
        return accounts.get(((Number) variable(task, VAR_ACCOUNT_ID)).longValue());
    }

    String escalationGroupOf(Task task) {
        return (String) variable(task, VAR_ESCALATION_GROUP);
    }

    Person leaver(Handover handover) {
        return people.get(handover.leaverPersonId());
    }

    String personName(Long personId) {
        return personId == null ? "" : people.get(personId).fullName();
    }

    /** A sign-in as a name: "Łukasz Kowalski", or "PolicyDesk" for what the engine did by itself. */
    String nameOf(String userId) {
        if (userId == null) {
            return "";
        }
        if (Actor.SYSTEM.equals(userId)) {
            return "PolicyDesk";
        }
        return people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    /** Who an account may pass to: current, active official users other than the leaver (the service checks again). */
    List<Person> transferTargets(Handover handover) {
        return officialUse.withStatus(handover.schoolId(), OfficialUseStatus.ACTIVE).stream()
            .map(OfficialUser::personId).distinct().map(people::get)
            .filter(person -> person.id() != handover.leaverPersonId() && person.status() == PersonStatus.CURRENT)
            .sorted(Comparator.comparing(Person::fullName))
            .toList();
    }

    static String describe(Account account) {
        return account.platform() + " " + account.handle();
    }

    /** The handover's user tasks still open, soonest due first, with a link for those who may do them. */
    List<OpenStep> openSteps(Actor viewer, Handover handover) {
        LocalDateTime now = toLocal(ClockUtil.getCurrentTime());
        return taskService.createTaskQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(handover.id())).list().stream()
            .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(task -> {
                LocalDateTime due = toLocal(task.getDueDate());
                String about = ACCOUNT_STEPS.contains(task.getTaskDefinitionKey())
                    || TASK_CHASE_OVERDUE_STEP.equals(task.getTaskDefinitionKey())
                    ? describe(accountOf(task)) : leaver(handover).fullName();
                boolean mayDo = userTasks.mayWorkOn(viewer, task);
                return new OpenStep(task.getName(), about, waitingFor(task), DueInWords.of(due, now),
                    DueInWords.isOverdue(due, now), mayDo ? HandoverTaskForms.pathOf(task) : null);
            })
            .toList();
    }

    /** One account's progress through the handover, in words. */
    AccountRow accountRow(HandoverStep step) {
        Account account = accounts.get(step.accountId());
        String surrendered = step.surrenderedAt() == null ? null
            : step.surrenderedItems().stream().map(SurrenderedItem::label).collect(Collectors.joining(", "));
        String disposed = step.disposition() == null ? null : switch (step.disposition()) {
            case TRANSFERRED -> "Transferred to " + personName(step.transferredTo());
            case TO_SCHOOL_OFFICE -> "Transferred to the school office";
            case CANCELLED -> "Cancelled";
        };
        return new AccountRow(account.id(), account.platform(), account.handle(), surrendered,
            stamp(step.surrenderedAt(), step.surrenderRecordedBy()), stamp(step.rotatedAt(), step.rotatedBy()),
            disposed, stamp(step.disposedAt(), step.disposedBy()), DisplayDates.dateTime(step.escalatedAt()));
    }

    private String stamp(LocalDateTime at, String by) {
        return at == null ? "" : DisplayDates.dateTime(at) + (by == null ? "" : " by " + nameOf(by));
    }

    private String waitingFor(Task task) {
        if (task.getAssignee() != null) {
            return nameOf(task.getAssignee());
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .map(link -> link.getUserId() != null ? nameOf(link.getUserId()) : groupName(link.getGroupId()))
            .filter(name -> name != null && !name.isBlank())
            .distinct().collect(Collectors.joining(" or "));
    }

    private static String groupName(String group) {
        if (group == null) {
            return null;
        }
        return switch (group) {
            case Groups.OFFICE -> "the school office";
            case Groups.HEAD_TEACHER -> "the Head Teacher";
            case Groups.CHAIR_OF_GOVERNORS -> "the Chair of Governors";
            default -> group;
        };
    }

    private Object variable(Task task, String name) {
        return runtimeService.getVariable(task.getExecutionId(), name);
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    /** A step waiting on the handover page: what, about which account, for whom, when; a link if it is yours. */
    public record OpenStep(String name, String about, String waitingFor, String dueInWords, boolean overdue,
                           String formPath) {
    }

    /** An account in a handover: never with a password, only when it was changed and by whom. */
    public record AccountRow(long accountId, String platform, String handle, String surrendered, String surrenderedWhen,
                             String rotatedWhen, String disposition, String disposedWhen, String escalatedWhen) {
    }
}
