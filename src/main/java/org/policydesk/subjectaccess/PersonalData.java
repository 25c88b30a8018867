package org.policydesk.subjectaccess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.policydesk.audit.AuditEntry;
import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds every row of every PolicyDesk register that names a person, read from the tables
 * themselves (db/migration) so that no column is missed: by their id in the people register, by
 * their sign-in where they acted, and by their full name in the free text of incidents. Account
 * secrets are never selected. Keep this list in step with new migrations.
 */
@Repository
class PersonalData {

    private static final String ACCOUNT_COLUMNS = "id, school_id, holder_person_id, platform, handle, login_id, status, "
        + "recorded_by, recorded_at, last_rotated_at";
    /** The sign-in of nobody: lets one query serve a person without a sign-in. */
    private static final String NO_SIGN_IN = "\u0000";

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Documents documents;
    private final IdentityService identityService;

    PersonalData(JdbcClient jdbc, People people, AuditTrail audit, Documents documents,
                 IdentityService identityService) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.documents = documents;
        this.identityService = identityService;
    }

    Holdings of(Person person) {
        long id = person.id();
        String signIn = person.userId() == null ? NO_SIGN_IN : person.userId();
        List<Person> family = family(person);
        List<Long> own = new ArrayList<>(List.of(id));
        if (person.kind() == PersonKind.PARENT) {
            family.forEach(child -> own.add(child.id()));
        }
        // The name as typed text, its % and _ taken literally.
        String named = "%" + person.fullName().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";

        List<Map<String, Object>> officialUse = rows("""
                select * from officialuse_official_user where person_id = ? or requested_by = ? or decided_by = ?
                order by id""", id, signIn, signIn);
        List<Map<String, Object>> handovers = rows("select * from handover_handover where leaver_person_id = ? order by id", id);
        List<Map<String, Object>> incidents = rows("""
                select * from escalation_incident
                where school_id = ?
                  and (reported_by = ? or triaged_by = ? or legal_decided_by = ? or closed_by = ?
                   or poster_person_id in (:own)
                   or id in (select incident_id from escalation_letter_request where addressee_person_id = ?)
                   or lower(content) like ? escape '\\' or lower(poster_description) like ? escape '\\'
                   or lower(outcome_note) like ? escape '\\')
                order by id""".replace(":own", placeholders(own)),
            args(List.of(person.schoolId(), signIn, signIn, signIn, signIn), own, List.of(id, named, named, named)));
        List<Map<String, Object>> requests = rows("""
                select * from subject_access_request where subject_person_id = ? or recorded_by = ? or sent_by = ?
                order by id""", id, signIn, signIn);

        List<Holdings.Register> registers = new ArrayList<>();
        registers.add(new Holdings.Register("people-register", "People register", rows(
            "select * from people_person where id = ?", id)));
        registers.add(new Holdings.Register("family-links", "Family links", rows(
            "select * from people_parent_link where parent_id = ? or pupil_id = ?", id, id)));
        registers.add(new Holdings.Register("official-use", "Official use of social media", officialUse));
        registers.add(new Holdings.Register("official-use-changes", "Changes to official use", rows(
            "select * from officialuse_status_change where changed_by = ? or official_user_id in (" + in(officialUse)
                + ") order by id", signIn)));
        registers.add(new Holdings.Register("accounts", "School social media accounts", rows(
            "select " + ACCOUNT_COLUMNS + " from accounts_account where holder_person_id = ? or recorded_by = ? order by id",
            id, signIn)));
        registers.add(new Holdings.Register("handovers", "Termination handovers", handovers));
        registers.add(new Holdings.Register("handover-steps", "Handover steps", rows("""
                select * from handover_account_step
                where transferred_to = ? or surrender_recorded_by = ? or rotated_by = ? or disposed_by = ?
                   or handover_id in (""" + in(handovers) + ")", id, signIn, signIn, signIn)));
        registers.add(new Holdings.Register("incidents", "Incidents (reported comments)", incidents));
        registers.add(new Holdings.Register("incident-letters", "Letters an incident called for", rows(
            "select * from escalation_letter_request where addressee_person_id = ? or incident_id in ("
                + in(incidents) + ") order by id", id)));
        registers.add(new Holdings.Register("acknowledgements", "Acknowledgements of the policy and guidance", rows("""
                select a.id, a.round_id, r.subject, a.person_id, r.started_at, a.acknowledged_at, a.reminders_sent
                from ack_acknowledgement a join ack_round r on r.id = a.round_id
                where a.person_id = ? order by a.id""", id)));
        registers.add(new Holdings.Register("acknowledgement-rounds", "Acknowledgement rounds and guidance they issued",
            rows("""
                select r.id, r.school_id, r.subject, r.started_by, r.started_at, r.completed_at, g.label, g.issued_by
                from ack_round r left join ack_guidance_version g on g.id = r.guidance_version_id
                where r.started_by = ? or g.issued_by = ? order by r.id""", signIn, signIn)));
        registers.add(new Holdings.Register("subject-access-requests", "Subject access requests", requests));
        registers.add(new Holdings.Register("head-teacher-absences", "Head Teacher absences", rows(
            "select * from school_head_teacher_absence where deputy_user_id = ? or recorded_by = ? order by id",
            signIn, signIn)));
        registers.add(new Holdings.Register("documents-issued-by-them", "Documents they issued", rows(
            "select * from documents_issued where issued_by = ? order by id", signIn)));
        registers.add(new Holdings.Register("notification-settings", "Notification settings and digests", rows("""
                select 'preference' as entry, user_id, mode as detail, changed_at as at from notifications_preference
                where user_id = ?
                union all
                select 'digest item', user_id, task_name, queued_at from notifications_digest_item where user_id = ?""",
            signIn, signIn)));
        registers.add(new Holdings.Register("disabled-sign-in", "Disabled sign-in", rows(
            "select * from admin_disabled_sign_in where user_id = ? or disabled_by = ?", signIn, signIn)));

        List<AuditEntry> decisions = decisions(person, signIn, Map.of(
            "official-user", officialUse, "handover", handovers, "incident", incidents,
            SubjectAccessProcess.RECORD_TYPE, requests,
            "account", rows("select id from accounts_account where holder_person_id = ?", id)));
        List<IssuedDocument> issued = documentsAbout(id, own, officialUse, handovers, incidents);
        return new Holdings(person, family, signInGroups(person), registers, decisions, issued);
    }

    /** A parent's own children, a pupil's own parents: people the person knows as family. */
    List<Person> family(Person person) {
        return switch (person.kind()) {
            case PARENT -> people.childrenOf(person.id());
            case PUPIL -> people.parentsOf(person.id());
            default -> List.of();
        };
    }

    /** Everyone in the school's people register. */
    List<Person> everyone(String schoolId) {
        List<Person> all = new ArrayList<>();
        for (PersonKind kind : PersonKind.values()) {
            all.addAll(people.ofKind(schoolId, kind));
        }
        return all;
    }

    private List<String> signInGroups(Person person) {
        if (person.userId() == null) {
            return List.of();
        }
        return identityService.createGroupQuery().groupMember(person.userId()).list().stream()
            .map(Group::getId).sorted().toList();
    }

    /** Audit entries about the records that name the person, about the person, or by them. */
    private List<AuditEntry> decisions(Person person, String signIn, Map<String, List<Map<String, Object>>> records) {
        Map<Long, AuditEntry> found = new TreeMap<>();
        records.forEach((type, rows) -> rows.forEach(row ->
            audit.entriesFor(type, row.get("id")).forEach(entry -> found.put(entry.id(), entry))));
        audit.entriesFor("person", person.id()).forEach(entry -> found.put(entry.id(), entry));
        if (person.userId() != null) {
            audit.entriesBy(signIn).forEach(entry -> found.put(entry.id(), entry));
            audit.entriesFor("sign-in", signIn).forEach(entry -> found.putIfAbsent(entry.id(), entry));
        }
        return List.copyOf(found.values());
    }

    /**
     * Letters and notices addressed to or about the person: those of their official use, their
     * handover, and the incidents they (or, for a parent, their child) posted or a letter was
     * addressed to them for. An incident they only reported or handled is theirs to see as a record,
     * but its letters are to someone else.
     */
    private List<IssuedDocument> documentsAbout(long id, List<Long> own, List<Map<String, Object>> officialUse,
                                                List<Map<String, Object>> handovers,
                                                List<Map<String, Object>> incidents) {
        List<IssuedDocument> found = new ArrayList<>();
        officialUse.stream().filter(row -> isNumber(row.get("person_id"), id))
            .forEach(row -> found.addAll(documents.issuedFor("official-user", row.get("id"))));
        handovers.forEach(row -> found.addAll(documents.issuedFor("handover", row.get("id"))));
        List<Long> addressedTo = jdbc.sql("select incident_id from escalation_letter_request where addressee_person_id = ?")
            .param(id).query(Long.class).list();
        incidents.stream()
            .filter(row -> own.stream().anyMatch(mine -> isNumber(row.get("poster_person_id"), mine))
                || addressedTo.stream().anyMatch(incident -> isNumber(row.get("id"), incident)))
            .forEach(row -> found.addAll(documents.issuedFor("incident", row.get("id"))));
        found.sort(Comparator.comparing(IssuedDocument::issuedAt).thenComparing(IssuedDocument::id));
        return found;
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows().stream().map(PersonalData::lowerCaseKeys).toList();
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> result = new LinkedHashMap<>();
        row.forEach((column, value) -> result.put(column.toLowerCase(Locale.ROOT), value));
        return result;
    }

    /** The ids of rows for an "in (...)" list; "-1" (no row) when there are none. */
    private static String in(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? "-1" : String.join(", ",
            rows.stream().map(row -> String.valueOf(((Number) row.get("id")).longValue())).toList());
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", values.stream().map(value -> "?").toList());
    }

    private static Object[] args(List<?> first, List<?> middle, List<?> last) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(middle);
        all.addAll(last);
        return all.toArray();
    }

    private static boolean isNumber(Object value, long expected) {
        return value instanceof Number number && number.longValue() == expected;
    }
}
