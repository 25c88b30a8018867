package org.policydesk.acknowledgements;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AcknowledgementRounds {

    private static final String ROUND_COLUMNS =
        "id, school_id, subject, guidance_version_id, started_by, started_at, completed_at";
    private static final String ACK_COLUMNS = "id, round_id, person_id, acknowledged_at, reminders_sent";
    private static final String GUIDANCE_COLUMNS = "id, school_id, label, summary, issued_by, issued_at";

    private final JdbcClient jdbc;

    AcknowledgementRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long addGuidance(String schoolId, String label, String summary, String issuedBy, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into ack_guidance_version (school_id, label, summary, issued_by, issued_at) values (?, ?, ?, ?, ?)")
            .params(schoolId, label, summary, issuedBy, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<GuidanceVersion> guidance(long id) {
        return jdbc.sql("select " + GUIDANCE_COLUMNS + " from ack_guidance_version where id = ?").param(id)
            .query(RecordRows.of(GuidanceVersion.class)).optional();
    }

    List<GuidanceVersion> guidanceOf(String schoolId) {
        return jdbc.sql("select " + GUIDANCE_COLUMNS + " from ack_guidance_version where school_id = ? order by issued_at desc, id desc")
            .param(schoolId).query(RecordRows.of(GuidanceVersion.class)).list();
    }

    long addRound(String schoolId, AcknowledgementSubject subject, Long guidanceVersionId, String startedBy,
                  LocalDateTime at, List<Long> personIds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into ack_round (school_id, subject, guidance_version_id, started_by, started_at) values (?, ?, ?, ?, ?)")
            .params(schoolId, subject.name(), guidanceVersionId, startedBy, at).update(keys, "id");
        long roundId = keys.getKey().longValue();
        personIds.forEach(personId -> jdbc.sql("insert into ack_acknowledgement (round_id, person_id) values (?, ?)")
            .params(roundId, personId).update());
        return roundId;
    }

    Optional<Round> find(long roundId) {
        return jdbc.sql("select " + ROUND_COLUMNS + " from ack_round where id = ?").param(roundId)
            .query(RecordRows.of(Round.class)).optional();
    }

    List<Round> ofSchool(String schoolId) {
        return jdbc.sql("select " + ROUND_COLUMNS + " from ack_round where school_id = ? order by started_at desc, id desc")
            .param(schoolId).query(RecordRows.of(Round.class)).list();
    }

    Optional<Round> openRound(String schoolId, AcknowledgementSubject subject) {
        return jdbc.sql("select " + ROUND_COLUMNS + " from ack_round where school_id = ? and subject = ? "
                + "and completed_at is null order by id")
            .params(schoolId, subject.name()).query(RecordRows.of(Round.class)).stream().findFirst();
    }

    List<Acknowledgement> acknowledgements(long roundId) {
        return jdbc.sql("select " + ACK_COLUMNS + " from ack_acknowledgement where round_id = ? order by id")
            .param(roundId).query(RecordRows.of(Acknowledgement.class)).list();
    }

    Optional<Acknowledgement> acknowledgement(long roundId, long personId) {
        return jdbc.sql("select " + ACK_COLUMNS + " from ack_acknowledgement where round_id = ? and person_id = ?")
            .params(roundId, personId).query(RecordRows.of(Acknowledgement.class)).optional();
    }

    void recordAcknowledged(long acknowledgementId, LocalDateTime at) {
        jdbc.sql("update ack_acknowledgement set acknowledged_at = ? where id = ?").params(at, acknowledgementId).update();
    }

    void recordReminded(long acknowledgementId) {
        jdbc.sql("update ack_acknowledgement set reminders_sent = reminders_sent + 1 where id = ?")
            .param(acknowledgementId).update();
    }

    void complete(long roundId, LocalDateTime at) {
        jdbc.sql("update ack_round set completed_at = ? where id = ?").params(at, roundId).update();
    }
}
