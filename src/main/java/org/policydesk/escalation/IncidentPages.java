package org.policydesk.escalation;

import static org.policydesk.escalation.IncidentWords.yesNo;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Incidents as the pages show them, every value in words. What identifies a pupil or parent is
 * left out of the view altogether (not merely hidden by the template) unless names may be shown.
 */
@Component
class IncidentPages {

    private final IncidentService incidents;
    private final People people;

    IncidentPages(IncidentService incidents, People people) {
        this.incidents = incidents;
        this.people = people;
    }

    IncidentView view(Incident incident, boolean namesShown) {
        String screenshot = namesShown ? incidents.screenshot(incident.id())
            .map(shot -> shot.type().description() + ", " + IncidentWords.size(shot.size())).orElse(null) : null;
        return new IncidentView(incident.id(), IncidentWords.reference(incident.id()), IncidentWords.of(incident.status()),
            incident.status() == IncidentStatus.OPEN, DisplayDates.dateTime(incident.reportedAt()),
            nameOf(incident.reportedBy()), incident.platform(), namesShown ? incident.link() : null,
            postedAt(incident.postedAt()), namesShown ? poster(incident) : null,
            namesShown ? incident.content() : null, screenshot, incident.triagedAt() != null,
            IncidentWords.of(incident.whoPosted()), IncidentWords.of(incident.whatItIs()),
            incident.triagedAt() == null ? null : yesNo(incident.serious()),
            incident.triagedAt() == null ? null : yesNo(incident.pupilUnder13Account()),
            nameOf(incident.triagedBy()), DisplayDates.dateTime(incident.triagedAt()), IncidentWords.of(incident.path()),
            incident.path() == null ? null : yesNo(incident.policeFirst()),
            incident.path() == null ? null : yesNo(incident.reportAbuse()),
            incident.path() == null ? null : yesNo(incident.removalLetter()),
            incident.crimeReference(), incident.platformReportReference(), incident.antiBullyingReference(),
            yesNo(incident.removed()), yesNo(incident.stillSerious()), namesShown ? incident.legalDecision() : null,
            nameOf(incident.legalDecidedBy()), IncidentWords.of(incident.outcome()),
            namesShown ? incident.outcomeNote() : null, nameOf(incident.closedBy()),
            DisplayDates.dateTime(incident.closedAt()), namesShown);
    }

    List<RegisterRow> rows(List<Incident> list, boolean namesShown) {
        return list.stream().map(incident -> new RegisterRow(incident.id(), IncidentWords.reference(incident.id()),
            DisplayDates.date(incident.reportedAt().toLocalDate()), incident.platform(),
            incident.whoPosted() == null ? "Not triaged yet" : IncidentWords.of(incident.whoPosted()),
            namesShown ? posterName(incident) : null,
            incident.whatItIs() == null ? "Not triaged yet" : IncidentWords.of(incident.whatItIs()),
            IncidentWords.inShort(incident.path()), IncidentWords.of(incident.status()),
            incident.status() == IncidentStatus.OPEN, IncidentWords.of(incident.outcome()))).toList();
    }

    /** Everyone in the people register a reporter may name as the poster, parents first. */
    List<PosterChoice> posterChoices(Actor actor) {
        List<PosterChoice> choices = new ArrayList<>();
        for (PersonKind kind : List.of(PersonKind.PARENT, PersonKind.PUPIL, PersonKind.EMPLOYEE, PersonKind.GOVERNOR)) {
            people.ofKind(actor.schoolId(), kind).stream()
                .filter(person -> person.status() == PersonStatus.CURRENT)
                .sorted(Comparator.comparing(Person::fullName))
                .forEach(person -> choices.add(new PosterChoice(person.id(), groupOf(kind), person.fullName()
                    + (person.className() != null ? ", " + person.className()
                        : person.roleTitle() != null ? ", " + person.roleTitle() : ""))));
        }
        return choices;
    }

    PersonKind posterKind(Incident incident) {
        return people.get(incident.posterPersonId()).kind();
    }

    /** A sign-in as a name: "David Mensah", or "PolicyDesk" for what the engine did by itself. */
    String nameOf(String userId) {
        if (userId == null) {
            return null;
        }
        if (Actor.SYSTEM.equals(userId)) {
            return "PolicyDesk";
        }
        return people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    private String poster(Incident incident) {
        List<String> parts = new ArrayList<>();
        if (incident.posterPersonId() != null) {
            Person person = people.get(incident.posterPersonId());
            parts.add(person.fullName() + " (" + describe(person) + ", from the people register)");
        }
        if (incident.posterDescription() != null) {
            parts.add((parts.isEmpty() ? "" : "Described as: ") + incident.posterDescription());
        }
        return parts.isEmpty() ? "Not known" : String.join(". ", parts);
    }

    private String posterName(Incident incident) {
        if (incident.posterPersonId() != null) {
            return people.get(incident.posterPersonId()).fullName();
        }
        return incident.posterDescription();
    }

    private String describe(Person person) {
        return switch (person.kind()) {
            case PUPIL -> "pupil" + (person.className() == null ? "" : " in " + person.className());
            case PARENT -> "parent or carer" + people.childrenOf(person.id()).stream().findFirst()
                .map(child -> " of " + child.fullName()).orElse("");
            case EMPLOYEE -> person.roleTitle() == null ? "employee" : person.roleTitle();
            case GOVERNOR -> person.roleTitle() == null ? "governor" : person.roleTitle();
        };
    }

    private static String groupOf(PersonKind kind) {
        return switch (kind) {
            case PARENT -> "Parents and carers";
            case PUPIL -> "Pupils";
            case EMPLOYEE -> "Staff";
            case GOVERNOR -> "Governors";
        };
    }

    /** A day, with the time only when the reporter gave one. */
    private static String postedAt(LocalDateTime at) {
        if (at == null) {
            return null;
        }
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DisplayDates.date(at.toLocalDate()) : DisplayDates.dateTime(at);
    }

    /** An incident as its page shows it; null where there is nothing to show or names may not be shown. */
    public record IncidentView(long id, String reference, String status, boolean open, String reportedAt,
                               String reportedBy, String platform, String link, String postedAt, String poster,
                               String content, String screenshot, boolean triaged, String whoPosted, String whatItIs,
                               String serious, String under13, String triagedBy, String triagedAt, String path,
                               String policeFirst, String reportAbuse, String removalLetter, String crimeReference,
                               String platformReportReference, String antiBullyingReference, String removed,
                               String stillSerious, String legalDecision, String legalDecidedBy, String outcome,
                               String outcomeNote, String closedBy, String closedAt, boolean namesShown) {
    }

    /** A row of the register page; {@code poster} only when names may be shown. */
    public record RegisterRow(long id, String reference, String reportedOn, String platform, String postedBy,
                              String poster, String category, String path, String status, boolean open,
                              String outcome) {
    }

    public record PosterChoice(long id, String group, String label) {
    }
}
