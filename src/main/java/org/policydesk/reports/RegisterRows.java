package org.policydesk.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries for the registers whose features keep no public read API: incidents, handovers
 * and acknowledgements (tables as defined in the Flyway migrations V6-V8 and V20). Each row comes back as
 * the register's cells, in column order.
 */
@Repository
class RegisterRows {

    private static final Map<String, String> HANDOVER_REASONS =
        Map.of("LEFT", "Left the school", "REVOKED", "Official use revoked");

    private final JdbcClient jdbc;

    RegisterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reference, reported, platform, who posted, category, path, serious, status, removed, outcome, closed. */
    List<List<Object>> incidents(String schoolId) {
        return jdbc.sql("""
                select id, reported_at, platform, who_posted, what_it_is, path, serious, status, removed, outcome,
                       closed_at
                from escalation_incident where school_id = ? order by reported_at, id""")
            .param(schoolId)
            .query((rs, n) -> row(String.format("INC-%04d", rs.getLong("id")), date(rs, "reported_at"),
                rs.getString("platform"), Labels.of(rs.getString("who_posted")),
                label(GovernorReports.CATEGORIES, rs.getString("what_it_is")), Labels.of(rs.getString("path")),
                rs.getBoolean("serious"), Labels.of(rs.getString("status")), bool(rs, "removed"),
                label(GovernorReports.OUTCOMES, rs.getString("outcome")), date(rs, "closed_at")))
            .list();
    }

    /** Reference, leaver, role, reason, status, started, completed, accounts, assistance, outcome. */
    List<List<Object>> handovers(String schoolId) {
        return jdbc.sql("""
                select h.id, p.full_name, p.role_title, h.reason, h.status, h.started_at, h.completed_at,
                       (select count(*) from handover_account_step s where s.handover_id = h.id) as accounts,
                       h.leaver_assistance, h.outcome
                from handover_handover h join people_person p on p.id = h.leaver_person_id
                where h.school_id = ? order by h.started_at, h.id""")
            .param(schoolId)
            .query((rs, n) -> row(String.format("HO-%04d", rs.getLong("id")), rs.getString("full_name"),
                rs.getString("role_title"), label(HANDOVER_REASONS, rs.getString("reason")), Labels.of(rs.getString("status")), date(rs, "started_at"),
                date(rs, "completed_at"), rs.getInt("accounts"), Labels.of(rs.getString("leaver_assistance")),
                rs.getString("outcome")))
            .list();
    }

    /**
     * Name, role, what is acknowledged, round started, acknowledged at (null while outstanding),
     * reminders sent; the latest round first.
     */
    List<List<Object>> acknowledgements(String schoolId) {
        return jdbc.sql("""
                select p.full_name, p.role_title, r.subject, g.label, r.started_at, a.acknowledged_at, a.reminders_sent
                from ack_acknowledgement a
                  join ack_round r on r.id = a.round_id
                  join people_person p on p.id = a.person_id
                  left join ack_guidance_version g on g.id = r.guidance_version_id
                where r.school_id = ? order by r.started_at desc, r.id desc, p.full_name""")
            .param(schoolId)
            .query((rs, n) -> row(rs.getString("full_name"), rs.getString("role_title"),
                subject(rs.getString("subject"), rs.getString("label")), date(rs, "started_at"),
                rs.getObject("acknowledged_at", LocalDateTime.class), rs.getInt("reminders_sent")))
            .list();
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, Labels.of(code));
    }

    private static String subject(String subject, String guidanceLabel) {
        String what = Labels.of(subject);
        return guidanceLabel == null ? what : what + ": " + guidanceLabel;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        LocalDateTime at = rs.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toLocalDate();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
