package org.policydesk.officialuse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Documents;
import org.policydesk.documents.RecordRef;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The notice each official-use decision produces for the person it concerns, filed with their
 * official-user record: approved, refused, suspended, resumed, revoked.
 */
@Component
class OfficialUseNotices {

    private final Documents documents;
    private final People people;
    private final Deadlines deadlines;
    private final Clock clock;

    OfficialUseNotices(Documents documents, People people, Deadlines deadlines, Clock clock) {
        this.documents = documents;
        this.people = people;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    void decided(OfficialUser user, boolean approved, String decidedBy, String note) {
        Map<String, Object> fields = common(user);
        fields.put("purpose", user.purpose());
        fields.put("decidedBy", signer(user, decidedBy));
        fields.put("decidedOn", LocalDate.now(clock));
        if (approved) {
            fields.put("note", note);
            fields.put("accountsDueBy", LocalDate.ofInstant(deadlines.accountDetails(user.schoolId()).toInstant(), clock.getZone()));
            issue(user, "approved", DocumentTemplates.OFFICIAL_USE_APPROVED, fields, decidedBy);
        } else {
            fields.put("reason", note);
            issue(user, "refused", DocumentTemplates.OFFICIAL_USE_REFUSED, fields, decidedBy);
        }
    }

    /** Suspension, resumption and revocation; leaving has its handover certificate instead. */
    void statusChanged(OfficialUser user, OfficialUseStatus status, String changedBy, String reason) {
        Map<String, Object> fields = common(user);
        LocalDate today = LocalDate.now(clock);
        switch (status) {
            case SUSPENDED -> {
                fields.put("suspendedOn", today);
                fields.put("notifiedBy", signer(user, changedBy));
                issue(user, "suspended", DocumentTemplates.OFFICIAL_USE_SUSPENDED, fields, changedBy);
            }
            case ACTIVE -> {
                fields.put("resumedOn", today);
                fields.put("notifiedBy", signer(user, changedBy));
                issue(user, "resumed", DocumentTemplates.OFFICIAL_USE_RESUMED, fields, changedBy);
            }
            case REVOKED -> {
                fields.put("revokedOn", today);
                fields.put("revokedBy", signer(user, changedBy));
                fields.put("reason", reason);
                issue(user, "revoked", DocumentTemplates.OFFICIAL_USE_REVOKED, fields, changedBy);
            }
            default -> { }
        }
    }

    private void issue(OfficialUser user, String kind, String template, Map<String, Object> fields, String by) {
        documents.issueFor(RecordRef.of(user.schoolId(), OfficialUseProcess.RECORD_TYPE, user.id()), kind, template,
            fields, by);
    }

    private Map<String, Object> common(OfficialUser user) {
        Person person = people.get(user.personId());
        Map<String, Object> fields = new HashMap<>();
        fields.put("person", person(person.fullName(), person.roleTitle()));
        fields.put("reference", "OU-" + user.id());
        return fields;
    }

    private Map<String, Object> signer(OfficialUser user, String userId) {
        return people.findByUserId(user.schoolId(), userId)
            .map(person -> person(person.fullName(), person.roleTitle()))
            .orElseGet(() -> person("PolicyDesk", "on behalf of the school"));
    }

    private static Map<String, Object> person(String name, String title) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("role", title);
        person.put("title", title);
        return person;
    }
}
