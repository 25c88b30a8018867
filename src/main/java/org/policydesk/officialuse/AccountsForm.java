package org.policydesk.officialuse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Up to three accounts on one form (no script is needed to add rows). The first is required; a
 * later one counts once anything is typed in it, and then needs every field. The password is
 * kept only long enough to be sealed, and {@link Row#toString()} never shows it.
 */
class AccountsForm {

    static final int ROWS = 3;

    private List<Row> rows = new ArrayList<>(List.of(new Row(), new Row(), new Row()));

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> filledRows() {
        return rows.stream().limit(ROWS).filter(Row::isStarted).toList();
    }

    public static class Row {
        private String platform;
        private String handle;
        private String loginId;
        private String password;

        public String getPlatform() { return platform; }
        public void setPlatform(String platform) { this.platform = platform; }
        public String getHandle() { return handle; }
        public void setHandle(String handle) { this.handle = handle; }
        public String getLoginId() { return loginId; }
        public void setLoginId(String loginId) { this.loginId = loginId; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }

        boolean isStarted() {
            return !(blank(platform) && blank(handle) && blank(loginId) && blank(password));
        }

        @Override
        public String toString() {
            return "Row[" + platform + " " + handle + ", password hidden]";
        }
    }

    /** Field-level messages, in the order the fields appear, for each started row (and the first). */
    static class RowsFilledIn implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return AccountsForm.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            List<Row> rows = ((AccountsForm) target).getRows();
            if (rows.size() > ROWS) {
                errors.reject("rows", "Record up to " + ROWS + " accounts at a time.");
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (i > 0 && !row.isStarted()) {
                    continue;
                }
                String which = rows.size() == 1 || i == 0 ? "" : " for account " + (i + 1);
                String path = "rows[" + i + "].";
                require(errors, path + "platform", row.platform, 60, "Enter the platform" + which + ", for example Instagram");
                require(errors, path + "handle", row.handle, 300, "Enter the account's name or web address" + which);
                require(errors, path + "loginId", row.loginId, 200, "Enter the login id" + which);
                if (blank(row.password)) {
                    errors.rejectValue(path + "password", "required", "Enter the password or token" + which);
                }
            }
        }

        private static void require(Errors errors, String field, String value, int max, String message) {
            if (blank(value)) {
                errors.rejectValue(field, "required", message);
            } else if (value.length() > max) {
                errors.rejectValue(field, "tooLong", "Shorten this to " + max + " characters or fewer");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
