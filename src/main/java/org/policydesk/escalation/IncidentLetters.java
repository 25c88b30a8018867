package org.policydesk.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.RecordRef;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Deadline;
import org.policydesk.workflow.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Writes the letter an incident calls for to one parent or carer and files it with the incident.
 * A letter whose data is incomplete (a parent with no child in the register, a school without a
 * Head Teacher to sign it) is refused with a message naming what is missing, and the step with it.
 */
@Component
class IncidentLetters {

    private final Documents documents;
    private final People people;
    private final Deadlines deadlines;
    private final Clock clock;

    IncidentLetters(Documents documents, People people, Deadlines deadlines, Clock clock) {
        this.documents = documents;
        this.people = people;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    IssuedDocument write(Incident incident, Letter letter, Person parent, Person poster) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("parent", Map.of("name", parent.fullName()));
        pupilFor(poster, parent).ifPresent(pupil -> fields.put("pupil", pupil(pupil)));
        fields.put("reference", String.format("INC-%04d", incident.id()));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> post = new HashMap<>();
        post.put("platform", incident.platform());
        if (incident.postedAt() != null) {
            post.put("postedOn", incident.postedAt().toLocalDate());
        }
        post.put("byPupil", poster != null && poster.kind() == PersonKind.PUPIL);
        post.put("defamatory", incident.whatItIs() == WhatItIs.DEFAMATORY);
        fields.put("post", post);
        String template = switch (letter) {
            case AGE_LIMIT -> DocumentTemplates.AGE_LIMIT;
            case PROPER_CHANNELS -> DocumentTemplates.PROPER_CHANNELS;
            case REMOVAL_REQUEST -> {
                fields.put("reportedToPlatform", incident.reportAbuse());
                fields.put("removeBy", today.plusDays(deadlines.days(incident.schoolId(), Deadline.REMOVAL_FOLLOW_UP)));
                yield DocumentTemplates.REMOVAL_REQUEST;
            }
            case FINAL_BEFORE_LEGAL -> {
                fields.put("firstLetterOn", firstRemovalLetter(incident).orElse(incident.reportedAt().toLocalDate()));
                fields.put("checkedOn", today);
                fields.put("removeBy", today.plusDays(deadlines.days(incident.schoolId(), Deadline.REMOVAL_FOLLOW_UP)));
                yield DocumentTemplates.FINAL_LETTER;
            }
        };
        return documents.issueFor(RecordRef.of(incident.schoolId(), EscalationProcess.RECORD_TYPE, incident.id()),
            letter.name().toLowerCase().replace('_', '-'), template, fields, Actor.SYSTEM);
    }

    private Optional<Person> pupilFor(Person poster, Person parent) {
        if (poster != null && poster.kind() == PersonKind.PUPIL) {
            return Optional.of(poster);
        }
        List<Person> children = people.childrenOf(parent.id());
        return children.stream().findFirst();
    }

    private Optional<LocalDate> firstRemovalLetter(Incident incident) {
        return documents.issuedFor(EscalationProcess.RECORD_TYPE, incident.id()).stream()
            .filter(document -> document.kind().equals("removal-request"))
            .map(document -> document.issuedAt().toLocalDate()).findFirst();
    }

    private static Map<String, Object> pupil(Person pupil) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", pupil.fullName());
        fields.put("className", pupil.className());
        return fields;
    }
}
