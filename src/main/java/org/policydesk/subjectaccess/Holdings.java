package org.policydesk.subjectaccess;

import java.util.List;
import java.util.Map;

import org.policydesk.audit.AuditEntry;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.people.Person;

/**
 * Everything PolicyDesk holds about one person, before redaction: the registers' rows that name
 * them (each register's rows as column name to value, in the order the registers are listed),
 * the audit entries about those records or made by them, and the letters and notices addressed to
 * or about them.
 */
record Holdings(Person person, List<Person> family, List<String> signInGroups, List<Register> registers,
                List<AuditEntry> decisions, List<IssuedDocument> documents) {

    /** One register's rows naming the person; {@code file} is its name in the pack. */
    record Register(String file, String heading, List<Map<String, Object>> rows) {
    }

    int recordCount() {
        return registers.stream().mapToInt(register -> register.rows().size()).sum();
    }
}
