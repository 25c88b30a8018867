package org.policydesk.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Handovers {

    private static final String COLUMNS = "id, school_id, leaver_person_id, reason, status, started_at, completed_at, "
        + "leaver_assistance, assistance_note, outcome";
    private static final String STEP_COLUMNS = "handover_id, account_id, surrendered_items, surrendered_at, "
        + "surrender_recorded_by, rotated_at, rotated_by, disposition, transferred_to, disposed_at, disposed_by, escalated_at";

    private final JdbcClient jdbc;

    Handovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(String schoolId, long leaverPersonId, HandoverReason reason, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into handover_handover (school_id, leaver_person_id, reason, status, started_at) values (?, ?, ?, ?, ?)")
            .params(schoolId, leaverPersonId, reason.name(), HandoverStatus.OPEN.name(), at)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    void addStep(long handoverId, long accountId) {
        jdbc.sql("insert into handover_account_step (handover_id, account_id) values (?, ?)")
            .params(handoverId, accountId).update();
    }

    Optional<Handover> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from handover_handover where id = ?").param(id)
            .query(RecordRows.of(Handover.class)).optional();
    }

    List<Handover> ofSchool(String schoolId) {
        return jdbc.sql("select " + COLUMNS + " from handover_handover where school_id = ? order by started_at desc, id desc")
            .param(schoolId).query(RecordRows.of(Handover.class)).list();
    }

    List<HandoverStep> steps(long handoverId) {
        return jdbc.sql("select " + STEP_COLUMNS + " from handover_account_step where handover_id = ? order by account_id")
            .param(handoverId).query(Handovers::step).list();
    }

    Optional<HandoverStep> step(long handoverId, long accountId) {
        return jdbc.sql("select " + STEP_COLUMNS + " from handover_account_step where handover_id = ? and account_id = ?")
            .params(handoverId, accountId).query(Handovers::step).optional();
    }

    void recordSurrender(long handoverId, long accountId, Set<SurrenderedItem> items, String by, LocalDateTime at) {
        String names = items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        updateStep("surrendered_items = ?, surrendered_at = ?, surrender_recorded_by = ?", handoverId, accountId,
            names, at, by);
    }

    void recordRotation(long handoverId, long accountId, String by, LocalDateTime at) {
        updateStep("rotated_at = ?, rotated_by = ?", handoverId, accountId, at, by);
    }

    void recordDisposition(long handoverId, long accountId, AccountDisposition disposition, Long transferredTo,
                           String by, LocalDateTime at) {
        updateStep("disposition = ?, transferred_to = ?, disposed_at = ?, disposed_by = ?", handoverId, accountId,
            disposition.name(), transferredTo, at, by);
    }

    void recordEscalation(long handoverId, long accountId, LocalDateTime at) {
        updateStep("escalated_at = ?", handoverId, accountId, at);
    }

    void recordAssistance(long handoverId, LeaverAssistance assistance, String note) {
        jdbc.sql("update handover_handover set leaver_assistance = ?, assistance_note = ? where id = ?")
            .params(assistance.name(), note, handoverId).update();
    }

    void complete(long handoverId, String outcome, LocalDateTime at) {
        jdbc.sql("update handover_handover set status = ?, completed_at = ?, outcome = ? where id = ?")
            .params(HandoverStatus.COMPLETE.name(), at, outcome, handoverId).update();
    }

    private void updateStep(String assignments, long handoverId, long accountId, Object... values) {
        Object[] params = Arrays.copyOf(values, values.length + 2);
        params[values.length] = handoverId;
        params[values.length + 1] = accountId;
        jdbc.sql("update handover_account_step set " + assignments + " where handover_id = ? and account_id = ?")
            .params(params).update();
    }

    private static HandoverStep step(ResultSet row, int rowNumber) throws SQLException {
        String disposition = row.getString("disposition");
        Long transferredTo = row.getObject("transferred_to", Long.class);
        return new HandoverStep(row.getLong("handover_id"), row.getLong("account_id"),
            items(row.getString("surrendered_items")), time(row, "surrendered_at"), row.getString("surrender_recorded_by"),
            time(row, "rotated_at"), row.getString("rotated_by"),
            disposition == null ? null : AccountDisposition.valueOf(disposition),
            transferredTo, time(row, "disposed_at"), row.getString("disposed_by"),
            time(row, "escalated_at"));
    }

    private static Set<SurrenderedItem> items(String names) {
        Set<SurrenderedItem> items = EnumSet.noneOf(SurrenderedItem.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(SurrenderedItem::valueOf).forEach(items::add);
        }
        return items;
    }

    private static LocalDateTime time(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
