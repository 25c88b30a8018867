package org.policydesk.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policydesk.documents.PartedDocument;

/**
 * A register as {@code templates/registers/register.ftlh} sees it, a part at a time: the items are
 * the rows of every table in order (a table without rows is one item, its "No entries."), and every
 * cell is already written out in words.
 */
final class RegisterParts implements PartedDocument {

    private final Register register;
    /** For each item: its table and its row in that table (-1 for an empty table's "No entries."). */
    private final int[] tableOf;
    private final int[] rowOf;
    private final int[] firstItemOf;

    RegisterParts(Register register) {
        this.register = register;
        List<RegisterTable> tables = register.tables();
        int items = tables.stream().mapToInt(table -> Math.max(1, table.rows().size())).sum();
        tableOf = new int[items];
        rowOf = new int[items];
        firstItemOf = new int[tables.size()];
        int item = 0;
        for (int t = 0; t < tables.size(); t++) {
            firstItemOf[t] = item;
            int rows = tables.get(t).rows().size();
            for (int r = 0; r < Math.max(1, rows); r++, item++) {
                tableOf[item] = t;
                rowOf[item] = rows == 0 ? -1 : r;
            }
        }
    }

    @Override
    public int items() {
        return tableOf.length;
    }

    @Override
    public Map<String, ?> part(int first, int end) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (int item = first; item < end; ) {
            int t = tableOf[item];
            int last = Math.min(end, t + 1 < firstItemOf.length ? firstItemOf[t + 1] : items());
            tables.add(table(t, item, last));
            item = last;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("title", register.title());
        view.put("description", register.description());
        view.put("generatedAt", register.generatedAt());
        view.put("continued", first > 0);
        view.put("tableCount", register.tables().size());
        view.put("tables", tables);
        return Map.of("register", view);
    }

    /** Table {@code t} with its items {@code first} to {@code end}. */
    private Map<String, Object> table(int t, int first, int end) {
        RegisterTable table = register.tables().get(t);
        int totalWidth = table.columns().stream().mapToInt(Column::width).sum();
        Map<String, Object> view = new HashMap<>();
        view.put("heading", table.heading());
        view.put("total", table.rows().size());
        view.put("continued", first > firstItemOf[t]);
        view.put("columns", table.columns().stream()
            .map(column -> Map.<String, Object>of("header", column.header(),
                "widthPercent", Math.round(100f * column.width() / totalWidth)))
            .toList());
        List<Map<String, Object>> rows = new ArrayList<>(end - first);
        if (rowOf[first] < 0) {
            view.put("emptyItem", first);
        } else {
            for (int item = first; item < end; item++) {
                int row = rowOf[item];
                rows.add(Map.of("item", item, "stripe", row % 2 == 0 ? "odd" : "even",
                    "cells", table.rows().get(row).stream().map(Registers::text).toList()));
            }
        }
        view.put("rows", rows);
        return view;
    }
}
