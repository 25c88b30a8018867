package org.policydesk.reports;

/** A register column: its header, what it holds, and its width in characters (XLSX) or share (PDF). */
public record Column(String header, ColumnType type, int width) {

    public static Column text(String header, int width) {
        return new Column(header, ColumnType.TEXT, width);
    }

    public static Column date(String header) {
        return new Column(header, ColumnType.DATE, 13);
    }

    public static Column dateTime(String header) {
        return new Column(header, ColumnType.DATE_TIME, 18);
    }

    public static Column number(String header, int width) {
        return new Column(header, ColumnType.NUMBER, width);
    }
}
