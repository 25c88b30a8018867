package org.policydesk.subjectaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SubjectAccessRequests {

    private static final String COLUMNS = "id, school_id, subject_person_id, asked_by, received_on, received_how, "
        + "due_on, status, recorded_by, recorded_at, pack_name, summary_name, pack_produced_at, sent_by, sent_on, "
        + "sent_how, response_note";

    private final JdbcClient jdbc;

    SubjectAccessRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String schoolId, long personId, String askedBy, LocalDate receivedOn, ReceivedHow how, LocalDate dueOn,
             String recordedBy, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into subject_access_request (school_id, subject_person_id, asked_by, received_on, received_how,
                                                    due_on, status, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, personId, askedBy, receivedOn, how.name(), dueOn, RequestStatus.RECEIVED.name(),
                recordedBy, at)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SubjectAccessRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from subject_access_request where id = ?").param(id)
            .query(RecordRows.of(SubjectAccessRequest.class)).optional();
    }

    List<SubjectAccessRequest> ofSchool(String schoolId) {
        return jdbc.sql("select " + COLUMNS + " from subject_access_request where school_id = ? order by id desc")
            .param(schoolId).query(RecordRows.of(SubjectAccessRequest.class)).list();
    }

    void recordPack(long id, String packName, String summaryName, LocalDateTime at) {
        jdbc.sql("update subject_access_request set pack_name = ?, summary_name = ?, pack_produced_at = ?, status = ? "
                + "where id = ?")
            .params(packName, summaryName, at, RequestStatus.PACK_READY.name(), id).update();
    }

    void recordSent(long id, String sentBy, LocalDate sentOn, SentHow how, String note) {
        jdbc.sql("update subject_access_request set sent_by = ?, sent_on = ?, sent_how = ?, response_note = ?, "
                + "status = ? where id = ?")
            .params(sentBy, sentOn, how.name(), note, RequestStatus.SENT.name(), id).update();
    }
}
