package org.policydesk.reports;

/** What a register column holds, so that XLSX gets real date cells and the PDF readable dates. */
public enum ColumnType {
    TEXT, DATE, DATE_TIME, NUMBER
}
