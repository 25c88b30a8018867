package org.policydesk.reports;

import java.util.List;

/**
 * One table of a register (one sheet in XLSX). Cells hold typed values: {@code String},
 * {@code LocalDate}, {@code LocalDateTime}, {@code Number}, {@code Boolean} or null.
 */
public record RegisterTable(String heading, List<Column> columns, List<List<Object>> rows) {

    public RegisterTable {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + heading + " has " + row.size() + " cells for "
                    + columns.size() + " columns.");
            }
        }
    }
}
