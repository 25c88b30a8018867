package org.policydesk.subjectaccess;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.web.DisplayDates;
import org.policydesk.web.DueInWords;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Component;

/** What the subject access pages show beyond the service: rows in words, the open task, the people to choose. */
@Component
class SubjectAccessPages {

    private final People people;
    private final TaskService taskService;
    private final UserTasks userTasks;

    SubjectAccessPages(People people, TaskService taskService, UserTasks userTasks) {
        this.people = people;
        this.taskService = taskService;
        this.userTasks = userTasks;
    }

    /** A request as the list and its page show it. */
    public record Row(long id, String reference, String person, String kind, String receivedOn, String receivedHow,
               String askedBy, String dueOn, String due, boolean overdue, String status, String sentOn,
               String sentHow, String sentBy, String responseNote, boolean packReady) {
    }

    Row row(SubjectAccessRequest request, LocalDateTime now) {
        Person person = people.get(request.subjectPersonId());
        LocalDateTime dueAt = request.dueOn().atTime(SubjectAccessDeadlines.END_OF_DAY);
        boolean sent = request.status() == RequestStatus.SENT;
        String due = sent ? (request.sentOn().isAfter(request.dueOn()) ? "sent late" : "sent in time")
            : DueInWords.of(dueAt, now).replace("overdue today", "overdue");
        return new Row(request.id(), SubjectAccessPack.reference(request.id()), person.fullName(),
            kindInWords(person), DisplayDates.date(request.receivedOn()), request.receivedHow().label(),
            request.askedBy() == null ? person.fullName() + " (for themselves)" : request.askedBy(),
            DisplayDates.date(request.dueOn()), due, !sent && DueInWords.isOverdue(dueAt, now), statusInWords(request),
            DisplayDates.date(request.sentOn()), request.sentHow() == null ? "" : request.sentHow().label(),
            request.sentBy() == null ? "" : nameOf(request.sentBy()), request.responseNote(),
            request.packName() != null);
    }

    /** The open check-and-send task of a request, if the actor may work on it. */
    Optional<Task> checkTask(Actor actor, long requestId) {
        return taskService.createTaskQuery().processDefinitionKey(SubjectAccessProcess.KEY)
            .processInstanceBusinessKey(String.valueOf(requestId))
            .taskDefinitionKey(SubjectAccessProcess.TASK_CHECK_AND_SEND).list().stream()
            .filter(task -> userTasks.mayWorkOn(actor, task)).findFirst();
    }

    /** Everyone in the school's people register, as [id, "Emma Brown, parent"] choices. */
    List<List<String>> choices(String schoolId) {
        List<List<String>> choices = new ArrayList<>();
        choices.add(List.of("", "Choose a person"));
        for (PersonKind kind : PersonKind.values()) {
            for (Person person : people.ofKind(schoolId, kind)) {
                choices.add(List.of(String.valueOf(person.id()), person.fullName() + ", " + kindInWords(person)));
            }
        }
        return choices;
    }

    String nameOf(String userId) {
        return people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    static String kindInWords(Person person) {
        return switch (person.kind()) {
            case EMPLOYEE -> person.roleTitle() == null ? "employee" : person.roleTitle();
            case GOVERNOR -> person.roleTitle() == null ? "governor" : person.roleTitle();
            case PUPIL -> "pupil" + (person.className() == null ? "" : ", class " + person.className());
            case PARENT -> "parent or carer";
        };
    }

    private static String statusInWords(SubjectAccessRequest request) {
        return switch (request.status()) {
            case RECEIVED -> "Received";
            case PACK_READY -> "To check and send";
            case SENT -> "Sent";
        };
    }

    /** A choice from a form's radios; anything else is refused in words. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String refusal) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(refusal);
        }
    }
}
