package org.policydesk.retention;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases one expired record and the rows that depend on it, inside the caller's transaction, and
 * says which files in the output folder belonged to it; the caller deletes those once the
 * transaction has committed, so a crash leaves either the whole record or none of it (at worst a
 * file nothing links to any more). Each statement re-checks the state it expects, so two nodes
 * erasing at once do it once.
 */
@Component
class Erasures {

    /** What stands in for a name or a text the register's columns do not allow to be empty. */
    static final String ERASED = "(erased)";
    static final String ERASED_TEXT = "(erased under the retention schedule)";

    private final JdbcClient jdbc;

    Erasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this call erased the record (not someone else first), and the output files to delete after commit. */
    record Erased(boolean erased, List<String> files) {
    }

    Erased erase(ExpiredRecord record, LocalDateTime now) {
        long id = Long.parseLong(record.recordId());
        List<String> files = new ArrayList<>(documentsOf(record.kind(), id));
        boolean erased = switch (record.kind()) {
            case INCIDENT -> anonymiseIncident(id, now, files);
            case OFFICIAL_USER -> deleteOfficialUser(id);
            case HANDOVER -> deleteHandover(id);
            case ACKNOWLEDGEMENT_ROUND -> deleteRound(id);
            case CLOSED_ACCOUNT -> jdbc.sql("delete from accounts_account where id = ? and status = 'CANCELLED'")
                .param(id).update() == 1;
            case SUBJECT_ACCESS_REQUEST -> jdbc.sql("delete from subject_access_request where id = ? and status = 'SENT'")
                .param(id).update() == 1;
            case AUDIT_ENTRIES -> throw new IllegalArgumentException("Audit entries are pruned by the audit chain.");
        };
        if (!erased) {
            return new Erased(false, List.of());
        }
        jdbc.sql("delete from documents_issued where record_type = ? and record_id = ?")
            .params(record.kind().recordType(), record.recordId()).update();
        return new Erased(true, files);
    }

    private List<String> documentsOf(RecordKind kind, long id) {
        return jdbc.sql("select name from documents_issued where record_type = ? and record_id = ? order by id")
            .params(kind.recordType(), String.valueOf(id)).query(String.class).list();
    }

    /** Keeps what the governors' counts need: platform, category, who posted (as a kind), path, dates, outcome. */
    private boolean anonymiseIncident(long id, LocalDateTime now, List<String> files) {
        jdbc.sql("select screenshot from escalation_incident where id = ? and screenshot is not null").param(id)
            .query(String.class).optional().ifPresent(files::add);
        int changed = jdbc.sql("""
                update escalation_incident set reported_by = ?, link = null, poster_description = null,
                  poster_person_id = null, content = ?, crime_reference = null, platform_report_reference = null,
                  anti_bullying_reference = null, legal_decision = null, legal_decided_by = null, outcome_note = null,
                  triaged_by = null, closed_by = null, screenshot = null, anonymised_at = ?
                where id = ? and anonymised_at is null""")
            .params(ERASED, ERASED_TEXT, now, id).update();
        // Letter requests name the parent they were for.
        jdbc.sql("delete from escalation_letter_request where incident_id = ?").param(id).update();
        return changed == 1;
    }

    private boolean deleteOfficialUser(long id) {
        if (!exists("officialuse_official_user where id = ? and status in ('REFUSED', 'REVOKED', 'ENDED')", id)) {
            return false;
        }
        jdbc.sql("delete from officialuse_status_change where official_user_id = ?").param(id).update();
        return jdbc.sql("delete from officialuse_official_user where id = ? and status in ('REFUSED', 'REVOKED', 'ENDED')")
            .param(id).update() == 1;
    }

    private boolean deleteHandover(long id) {
        if (!exists("handover_handover where id = ? and status = 'COMPLETE'", id)) {
            return false;
        }
        jdbc.sql("delete from handover_account_step where handover_id = ?").param(id).update();
        return jdbc.sql("delete from handover_handover where id = ? and status = 'COMPLETE'").param(id).update() == 1;
    }

    private boolean deleteRound(long id) {
        if (!exists("ack_round where id = ? and completed_at is not null", id)) {
            return false;
        }
        jdbc.sql("delete from ack_acknowledgement where round_id = ?").param(id).update();
        return jdbc.sql("delete from ack_round where id = ? and completed_at is not null").param(id).update() == 1;
    }

    /** Checked before the dependent rows go, so a record that is not (or no longer) ended loses nothing. */
    private boolean exists(String fromWhere, long id) {
        return jdbc.sql("select count(*) from " + fromWhere).param(id).query(Long.class).single() > 0;
    }
}
