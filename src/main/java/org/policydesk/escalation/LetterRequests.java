package org.policydesk.escalation;

import java.time.LocalDateTime;
import java.util.List;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LetterRequests {

    private final JdbcClient jdbc;

    LetterRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long incidentId, Letter letter, Long addresseePersonId, LocalDateTime at) {
        jdbc.sql("insert into escalation_letter_request (incident_id, letter, addressee_person_id, requested_at) "
                + "values (?, ?, ?, ?)")
            .params(incidentId, letter.name(), addresseePersonId, at).update();
    }

    List<LetterRequest> forIncident(long incidentId) {
        return jdbc.sql("select id, incident_id, letter, addressee_person_id, requested_at "
                + "from escalation_letter_request where incident_id = ? order by id")
            .param(incidentId).query(RecordRows.of(LetterRequest.class)).list();
    }
}
