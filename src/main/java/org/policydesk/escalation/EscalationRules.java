package org.policydesk.escalation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/**
 * The policy's rules for handling a reported comment. Pure: callers pass the facts (the poster
 * from the people register, their groups, the clock), so every rule is tested without the engine.
 */
final class EscalationRules {

    static final int CONTENT_LIMIT = 4000;
    /** 10 MB, as {@code spring.servlet.multipart.max-file-size}: larger uploads never reach the service. */
    static final long SCREENSHOT_LIMIT = 10L * 1024 * 1024;

    private EscalationRules() {
    }

    /** A report needs the platform and what the comment says; everything else is optional but checked. */
    static void requireValid(ReportedComment comment, LocalDateTime now) {
        requireText(comment.platform(), "the platform the comment is on (for example Facebook)", 60);
        requireText(comment.content(), "what the comment says", CONTENT_LIMIT);
        optionalText(comment.link(), "the link to the comment", 1000);
        if (comment.link() != null && !comment.link().isBlank() && !comment.link().matches("(?i)^https?://\\S+$")) {
            throw new IllegalArgumentException("Please give the link as a web address starting with http:// or https://.");
        }
        if (comment.postedAt() != null && comment.postedAt().isAfter(now)) {
            throw new IllegalArgumentException("The time the comment was posted cannot be in the future.");
        }
        optionalText(comment.posterDescription(), "who posted it", 300);
    }

    /**
     * A screenshot is a PNG or JPEG image or a PDF, known by its first bytes whatever its name says,
     * and at most 10 MB.
     */
    static ScreenshotType requireScreenshot(Upload upload) {
        if (upload.content().length == 0) {
            throw new IllegalArgumentException("The screenshot you chose is empty. Choose the file again, or send the "
                + "report without one.");
        }
        if (upload.content().length > SCREENSHOT_LIMIT) {
            throw new IllegalArgumentException("The screenshot is larger than 10 MB. Choose a smaller file; nothing "
                + "was saved.");
        }
        return ScreenshotType.of(upload.content()).orElseThrow(() -> new IllegalArgumentException(
            "The screenshot must be a PNG or JPEG image or a PDF, and the file you chose is none of these (whatever "
                + "its name says). Nothing was saved."));
    }

    /** Picking the poster from the people register shows pupils' and parents' names: staff only. */
    static boolean mayNamePoster(Actor actor) {
        return actor.isIn(Groups.STAFF);
    }

    static void requireMayNamePoster(Actor actor, ReportedComment comment) {
        if (comment.posterPersonId() != null && !mayNamePoster(actor)) {
            throw new NotEntitledException("Only staff may pick who posted it from the people register; describe "
                + "who posted it in your own words instead.");
        }
    }

    static void requireSameSchool(Actor actor, Person person) {
        if (!actor.schoolId().equals(person.schoolId())) {
            throw new NotEntitledException(person.fullName() + " belongs to another school.");
        }
    }

    static void requireMayTriage(Actor actor) {
        if (!actor.isIn(Groups.LEADERSHIP_TEAM)) {
            throw new NotEntitledException("Only the leadership team may triage a report.");
        }
    }

    /** Nobody triages, acts on or closes a report about their own post. */
    static void requireNotAboutOwnPost(Actor actor, Person poster) {
        if (poster != null && actor.userId().equals(poster.userId())) {
            throw new NotEntitledException("Nobody may handle a report about their own post: someone else must do it.");
        }
    }

    /** The triage must agree with the poster named in the report, and only a pupil's post shows a pupil's account. */
    static void requireConsistent(Triage triage, Person poster) {
        if (poster != null && poster.kind() != triage.whoPosted().personKind()) {
            throw new IllegalArgumentException("The report names " + poster.fullName() + " (" + describe(poster.kind())
                + ") as the poster, but the triage says the comment was posted by " + describe(triage.whoPosted()) + ".");
        }
        if (triage.pupilUnder13Account() && triage.whoPosted() != WhoPosted.PUPIL) {
            throw new IllegalArgumentException("Only a comment posted by a pupil can show that a pupil has an account "
                + "on a platform with a minimum age of 13.");
        }
    }

    /**
     * Who reminds an employee or governor of the policy, or refers them for disciplinary action:
     * the Head Teacher for employees, the Chair for governors; the Chair for the Head Teacher's own
     * post and the Head Teacher for the Chair's, since nobody handles their own.
     */
    static String actionGroupFor(WhoPosted whoPosted, Set<String> posterGroups) {
        return switch (whoPosted) {
            case EMPLOYEE -> posterGroups.contains(Groups.HEAD_TEACHER) ? Groups.CHAIR_OF_GOVERNORS : Groups.HEAD_TEACHER;
            case GOVERNOR -> posterGroups.contains(Groups.CHAIR_OF_GOVERNORS) ? Groups.HEAD_TEACHER : Groups.CHAIR_OF_GOVERNORS;
            default -> Groups.LEADERSHIP_TEAM;
        };
    }

    /**
     * Who a letter goes to: the parents of a pupil poster, or the parent who posted. An empty list
     * means the poster is not in the people register, and the office must find the addressee.
     */
    static List<Long> addressees(Letter letter, Person poster, List<Person> parentsOfPoster) {
        if (poster == null) {
            return List.of();
        }
        if (poster.kind() == PersonKind.PUPIL) {
            return parentsOfPoster.stream().map(Person::id).toList();
        }
        if (poster.kind() == PersonKind.PARENT && letter != Letter.AGE_LIMIT) {
            return List.of(poster.id());
        }
        return List.of();
    }

    /** The leadership team closes with what happened; "recorded" is for praise the process closes itself. */
    static void requireClosingOutcome(IncidentOutcome outcome) {
        if (outcome == null || outcome == IncidentOutcome.RECORDED) {
            throw new IllegalArgumentException("Please choose the outcome: removed, not removed, referred or no action.");
        }
    }

    static void requireLegalAgreement(boolean headTeacherAndChairAgreed) {
        if (!headTeacherAndChairAgreed) {
            throw new IllegalArgumentException("The Head Teacher and the Chair of Governors must both agree the "
                + "decision on legal options; record it once they have.");
        }
    }

    static String requireText(String value, String what, int limit) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Please give " + what + ".");
        }
        return optionalText(value, what, limit);
    }

    static String optionalText(String value, String what, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > limit) {
            throw new IllegalArgumentException("Please shorten " + what + " to " + String.format("%,d", limit)
                + " characters or fewer.");
        }
        return value.strip();
    }

    private static String describe(PersonKind kind) {
        return switch (kind) {
            case PUPIL -> "a pupil";
            case PARENT -> "a parent or carer";
            case EMPLOYEE -> "an employee";
            case GOVERNOR -> "a governor";
        };
    }

    private static String describe(WhoPosted whoPosted) {
        return whoPosted.personKind() == null ? "a member of the public" : describe(whoPosted.personKind());
    }
}
