package org.policydesk.mailmerge;

import java.util.ArrayList;
import java.util.List;

/**
 * A contact list as cells, before anything is checked: the header row and the data rows, each with
 * the row number Excel shows. Blank rows are already left out. Problems with the file itself (a
 * quote never closed, too many rows) are collected here; rows are checked by {@link ContactRows}.
 */
final class ContactTable {

    record Row(int number, List<String> cells) {
    }

    private List<String> headers;
    private int headerRow;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** Adds the next row of the file; the first non-blank one is the header. False once the row limit is passed. */
    boolean add(int number, List<String> cells) {
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return true;
        }
        List<String> trimmed = cells.stream().map(ContactTable::clean).toList();
        if (headers == null) {
            headers = trimmed;
            headerRow = number;
            return true;
        }
        if (rows.size() == ContactLists.MAX_ROWS) {
            problems.add("The contact list has more than " + String.format("%,d", ContactLists.MAX_ROWS)
                + " rows (row " + number + " is one too many): split it into smaller lists.");
            return false;
        }
        rows.add(new Row(number, trimmed));
        return true;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    boolean hasHeader() {
        return headers != null;
    }

    List<String> headers() {
        return headers;
    }

    int headerRow() {
        return headerRow;
    }

    List<Row> rows() {
        return rows;
    }

    List<String> problems() {
        return problems;
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        // A byte-order mark that survived decoding, and spaces typed around a value, are never meant.
        return cell.replace("\uFEFF", "").strip();
    }
}
