package org.policydesk.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policydesk.audit.AuditChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the records whose time is up on a given day, reading each register's end date (see
 * {@link RecordKind} for which column that is). A record that ended on day D with a period of six
 * years is kept through D + 6 years and may go from the day after.
 */
@Repository
class ExpiredRecords {

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final RetentionSettings settings;

    ExpiredRecords(JdbcClient jdbc, AuditChain chain, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.settings = settings;
    }

    /** Every expired record of every school, registers in {@link RecordKind} order (the order they are erased in). */
    List<ExpiredRecord> asOf(LocalDate asOf) {
        List<ExpiredRecord> found = new ArrayList<>();
        found.addAll(ended(RecordKind.INCIDENT, asOf, """
            select id, school_id, closed_at as ended_at from escalation_incident
            where status = 'CLOSED' and anonymised_at is null and closed_at < ?"""));
        found.addAll(ended(RecordKind.OFFICIAL_USER, asOf, """
            select u.id, u.school_id, max(c.changed_at) as ended_at
            from officialuse_official_user u
            join officialuse_status_change c on c.official_user_id = u.id and c.status = u.status
            where u.status in ('REFUSED', 'REVOKED', 'ENDED')
            group by u.id, u.school_id having max(c.changed_at) < ?"""));
        found.addAll(ended(RecordKind.HANDOVER, asOf, """
            select id, school_id, completed_at as ended_at from handover_handover
            where status = 'COMPLETE' and completed_at < ?"""));
        found.addAll(ended(RecordKind.ACKNOWLEDGEMENT_ROUND, asOf, """
            select id, school_id, completed_at as ended_at from ack_round
            where completed_at is not null and completed_at < ?"""));
        found.addAll(closedAccounts(asOf));
        found.addAll(ended(RecordKind.SUBJECT_ACCESS_REQUEST, asOf, """
            select id, school_id, cast(sent_on as timestamp) as ended_at from subject_access_request
            where status = 'SENT' and sent_on < ?"""));
        found.addAll(auditEntries(asOf));
        found.sort(Comparator.comparing(ExpiredRecord::kind).thenComparing(ExpiredRecord::schoolId));
        return found;
    }

    private List<ExpiredRecord> ended(RecordKind kind, LocalDate asOf, String sql) {
        Period period = settings.of(kind);
        return jdbc.sql(sql + " order by 2, 1").param(cutoff(asOf, period))
            .query((row, n) -> expired(kind, row, period)).list();
    }

    /**
     * The closure is the account-cancelled audit entry. One so old that it was pruned (seven years)
     * is past six years whatever it said, so the account's last known date stands in. An account a
     * handover still in time names is kept, so that the handover's steps stay whole; it goes on
     * the run that erases that handover (handovers are erased first).
     */
    private List<ExpiredRecord> closedAccounts(LocalDate asOf) {
        Period period = settings.of(RecordKind.CLOSED_ACCOUNT);
        LocalDateTime cutoff = cutoff(asOf, period);
        return jdbc.sql("""
                select a.id, a.school_id,
                       coalesce((select max(e.occurred_at) from audit_entry e
                                 where e.record_type = 'account' and e.action = 'account-cancelled'
                                   and e.record_id = cast(a.id as varchar(64))),
                                coalesce(a.last_rotated_at, a.recorded_at)) as ended_at
                from accounts_account a
                where a.status = 'CANCELLED'
                  and not exists (select 1 from handover_account_step s join handover_handover h on h.id = s.handover_id
                                  where s.account_id = a.id and not (h.status = 'COMPLETE' and h.completed_at < ?))
                order by 2, 1""")
            .param(cutoff(asOf, settings.of(RecordKind.HANDOVER)))
            .query((row, n) -> expired(RecordKind.CLOSED_ACCOUNT, row, period)).list().stream()
            .filter(account -> account.endedOn().atStartOfDay().isBefore(cutoff)).toList();
    }

    private List<ExpiredRecord> auditEntries(LocalDate asOf) {
        Period period = settings.of(RecordKind.AUDIT_ENTRIES);
        List<String> schools = jdbc.sql("select id from school order by id").query(String.class).list();
        return schools.stream().flatMap(school -> chain.prunableBefore(school, cutoff(asOf, period)).stream()
            .map(prunable -> new ExpiredRecord(school, RecordKind.AUDIT_ENTRIES, String.valueOf(prunable.throughEntry()),
                "entries up to " + prunable.throughEntry(), prunable.oldest().toLocalDate(),
                prunable.oldest().toLocalDate().plus(period).plusDays(1), prunable.entries())))
            .toList();
    }

    /** Ended before the start of this day means ended more than the period before {@code asOf}. */
    static LocalDateTime cutoff(LocalDate asOf, Period period) {
        return asOf.minus(period).atStartOfDay();
    }

    private static ExpiredRecord expired(RecordKind kind, ResultSet row, Period period) throws SQLException {
        long id = row.getLong("id");
        LocalDate endedOn = row.getTimestamp("ended_at").toLocalDateTime().toLocalDate();
        return new ExpiredRecord(row.getString("school_id"), kind, String.valueOf(id), reference(kind, id), endedOn,
            endedOn.plus(period).plusDays(1), 1);
    }

    /** The references registers and letters print (INC-0042, OU-7, HO-0003, ACK-0002). */
    static String reference(RecordKind kind, long id) {
        return switch (kind) {
            case INCIDENT -> String.format("INC-%04d", id);
            case OFFICIAL_USER -> "OU-" + id;
            case HANDOVER -> String.format("HO-%04d", id);
            case ACKNOWLEDGEMENT_ROUND -> String.format("ACK-%04d", id);
            case CLOSED_ACCOUNT -> "account " + id;
            case SUBJECT_ACCESS_REQUEST -> String.format("SAR-%04d", id);
            case AUDIT_ENTRIES -> "entries up to " + id;
        };
    }
}
