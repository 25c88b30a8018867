package org.policydesk.acknowledgements;

import static org.policydesk.acknowledgements.AcknowledgementProcess.VAR_ROUND_ID;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.stereotype.Component;

/** What the acknowledgement pages need beyond the service: the round a task is about, its subject in words, names. */
@Component
class AcknowledgementPages {

    /** Those who keep or oversee the registers: everyone but plain staff and the administrator. */
    private final AcknowledgementService acknowledgements;
    private final RuntimeService runtimeService;
    private final People people;

    AcknowledgementPages(AcknowledgementService acknowledgements, RuntimeService runtimeService, People people) {
        this.acknowledgements = acknowledgements;
        this.runtimeService = runtimeService;
        this.people = people;
    }

    static boolean mayReadRegister(Actor actor) {
        return actor.isInAny(Groups.REGISTER_READERS);
    }

    static void requireMayReadRegister(Actor actor) {
        if (!mayReadRegister(actor)) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may see "
                + "who has acknowledged the policy and guidance.");
        }
    }

    static boolean mayStartPolicyRound(Actor actor) {
        return allowed(() -> AcknowledgementRules.requireMayStartPolicyRound(actor));
    }

    static boolean mayIssueGuidance(Actor actor) {
        return allowed(() -> AcknowledgementRules.requireMayIssueGuidance(actor));
    }

    Round forTask(Task task) {
        return acknowledgements.get(((Number) runtimeService.getVariable(task.getExecutionId(), VAR_ROUND_ID)).longValue());
    }

    Optional<GuidanceVersion> guidanceOf(Round round) {
        if (round.guidanceVersionId() == null) {
            return Optional.empty();
        }
        return acknowledgements.guidanceVersions(round.schoolId()).stream()
            .filter(guidance -> guidance.id() == round.guidanceVersionId()).findFirst();
    }

    /** "The Social Media Policy" or "Rules and guidance: Autumn 2026". */
    String subjectOf(Round round) {
        if (round.subject() == AcknowledgementSubject.POLICY) {
            return "The Social Media Policy";
        }
        return guidanceOf(round).map(guidance -> "Rules and guidance: " + guidance.label()).orElse("Rules and guidance");
    }

    String nameOf(String userId) {
        return userId == null ? "" : people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (NotEntitledException refused) {
            return false;
        }
    }
}
