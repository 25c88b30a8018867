package org.policydesk.documents;

/**
 * Guards spreadsheet cells against formula injection: a name such as {@code =HYPERLINK(...)} typed
 * into a form must stay text when a register or manifest is opened in Excel or LibreOffice.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** True when a spreadsheet program could read the text as a formula (OWASP's list of first characters). */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * For CSV, where there are no cell types: a leading apostrophe makes spreadsheet programs treat
     * the cell as text (OWASP's advice). XLSX cells use a quote-prefixed text style instead.
     */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
