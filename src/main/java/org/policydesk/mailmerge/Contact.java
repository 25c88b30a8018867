package org.policydesk.mailmerge;

import java.util.List;

/**
 * One recipient of the annual letter, as read from a row of the office's contact list. {@code row}
 * is the row number the office sees in Excel (the header is row 1). Email or postal address may be
 * missing, never both; salutation and class are optional.
 */
public record Contact(int row, String parentName, String salutation, String email, List<String> addressLines,
                      String pupilName, String className) {

    public Contact {
        addressLines = List.copyOf(addressLines);
    }

    public boolean hasEmail() {
        return email != null;
    }
}
