package org.policydesk.escalation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Incidents {

    // The alias lets the row mapper find pupilUnder13Account (it would look for pupil_under13_account).
    private static final String SELECT = """
        select id, school_id, reported_by, reported_at, platform, link, posted_at, poster_description,
               poster_person_id, content, who_posted, what_it_is, triaged_by, triaged_at, path, serious,
               pupil_under_13_account as pupil_under13_account, police_first, report_abuse, removal_letter,
               action_group, crime_reference, platform_report_reference, anti_bullying_reference, removed,
               still_serious, legal_decision, legal_decided_by, legal_agreed, status, outcome, outcome_note,
               closed_by, closed_at
        from escalation_incident""";

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String schoolId, String reportedBy, LocalDateTime at, ReportedComment comment) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into escalation_incident (school_id, reported_by, reported_at, platform, link, posted_at,
                  poster_description, poster_person_id, content, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, reportedBy, at, comment.platform().strip(), blankToNull(comment.link()),
                comment.postedAt(), blankToNull(comment.posterDescription()), comment.posterPersonId(),
                comment.content().strip(), IncidentStatus.OPEN.name())
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Incident> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(RecordRows.of(Incident.class)).optional();
    }

    List<Incident> ofSchool(String schoolId) {
        return jdbc.sql(SELECT + " where school_id = ? order by reported_at desc, id desc").param(schoolId)
            .query(RecordRows.of(Incident.class)).list();
    }

    void recordTriage(long id, Triage triage, String actionGroup, String triagedBy, LocalDateTime at) {
        jdbc.sql("""
                update escalation_incident set who_posted = ?, what_it_is = ?, serious = ?, pupil_under_13_account = ?,
                  action_group = ?, triaged_by = ?, triaged_at = ? where id = ?""")
            .params(triage.whoPosted().name(), triage.whatItIs().name(), triage.serious(), triage.pupilUnder13Account(),
                actionGroup, triagedBy, at, id)
            .update();
    }

    void recordRouting(long id, Routing routing) {
        jdbc.sql("update escalation_incident set path = ?, police_first = ?, report_abuse = ?, removal_letter = ? where id = ?")
            .params(routing.path().name(), routing.policeFirst(), routing.reportAbuse(), routing.removalLetter(), id)
            .update();
    }

    void recordCrimeReference(long id, String reference) {
        set(id, "crime_reference", reference);
    }

    void recordPlatformReport(long id, String reference) {
        set(id, "platform_report_reference", reference);
    }

    void recordAntiBullyingCase(long id, String reference) {
        set(id, "anti_bullying_reference", reference);
    }

    void recordRemovalCheck(long id, boolean removed, boolean stillSerious) {
        jdbc.sql("update escalation_incident set removed = ?, still_serious = ? where id = ?")
            .params(removed, stillSerious, id).update();
    }

    void recordLegalDecision(long id, String decision, String decidedBy) {
        jdbc.sql("update escalation_incident set legal_decision = ?, legal_decided_by = ?, legal_agreed = true where id = ?")
            .params(decision, decidedBy, id).update();
    }

    void close(long id, IncidentOutcome outcome, String note, String closedBy, LocalDateTime at) {
        jdbc.sql("""
                update escalation_incident set status = ?, outcome = ?, outcome_note = ?, closed_by = ?, closed_at = ?
                where id = ?""")
            .params(IncidentStatus.CLOSED.name(), outcome.name(), note, closedBy, at, id)
            .update();
    }

    void attachScreenshot(long id, String name) {
        set(id, "screenshot", name);
    }

    Optional<String> screenshotOf(long id) {
        return jdbc.sql("select screenshot from escalation_incident where id = ? and screenshot is not null")
            .param(id).query(String.class).optional();
    }

    // Column names are this class's own constants, never input.
    private void set(long id, String column, String value) {
        jdbc.sql("update escalation_incident set " + column + " = ? where id = ?").params(value, id).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
