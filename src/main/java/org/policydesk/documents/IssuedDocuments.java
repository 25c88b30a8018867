package org.policydesk.documents;

import java.time.LocalDateTime;
import java.util.List;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class IssuedDocuments {

    private final JdbcClient jdbc;

    IssuedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuedDocument add(RecordRef record, String kind, String name, String issuedBy, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into documents_issued (school_id, record_type, record_id, kind, name, issued_by, issued_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(record.schoolId(), record.type(), record.id(), kind, name, issuedBy, at).update(keys, "id");
        return new IssuedDocument(keys.getKey().longValue(), record.schoolId(), record.type(), record.id(), kind, name,
            issuedBy, at);
    }

    List<IssuedDocument> forRecord(String recordType, String recordId) {
        return jdbc.sql("""
                select id, school_id, record_type, record_id, kind, name, issued_by, issued_at
                from documents_issued where record_type = ? and record_id = ? order by id""")
            .params(recordType, recordId).query(RecordRows.of(IssuedDocument.class)).list();
    }
}
