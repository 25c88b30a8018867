package org.policydesk.reports;

import java.time.LocalDateTime;
import java.util.List;

/** A register as governors receive it, ready to print (PDF) or to sort and filter (XLSX). */
public record Register(RegisterKind kind, String schoolId, String title, String description,
                       LocalDateTime generatedAt, List<RegisterTable> tables) {

    public Register {
        tables = List.copyOf(tables);
    }

    public int rowCount() {
        return tables.stream().mapToInt(table -> table.rows().size()).sum();
    }
}
