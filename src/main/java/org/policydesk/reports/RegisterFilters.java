package org.policydesk.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The filters the register pages offer, applied to a register before it is downloaded, so that a
 * PDF or spreadsheet holds what the page showed. Parameters and values are those of the pages
 * ({@code /handovers?status=open&reason=left}); an unknown value filters nothing, as on the page.
 */
final class RegisterFilters {

    private static final Map<String, String> HANDOVER_STATUS = Map.of("open", "Open", "complete", "Complete");
    private static final Map<String, String> HANDOVER_REASON = Map.of("left", "Left the school",
        "revoked", "Official use revoked");
    private static final Map<String, String> ACCOUNT_STATUS = Map.of("active", "Active", "cancelled", "Cancelled");
    private static final Map<String, String> SUBJECT = Map.of("policy", "Policy", "guidance", "Guidance");
    private static final Map<String, String> STATE = Map.of("outstanding", "Still to acknowledge",
        "acknowledged", "Acknowledged");

    private RegisterFilters() {
    }

    static Register apply(Register register, Map<String, String> params) {
        Filtering filtering = new Filtering(register.tables());
        switch (register.kind()) {
            case HANDOVERS -> {
                filtering.equal(params, "status", HANDOVER_STATUS, "Status");
                filtering.equal(params, "reason", HANDOVER_REASON, "Reason");
            }
            case ACCOUNTS -> {
                filtering.equal(params, "status", ACCOUNT_STATUS, "Status");
                String platform = params.getOrDefault("platform", "").strip();
                if (!platform.isEmpty()) {
                    filtering.rows("Platform", cell -> cell != null && cell.toString().equalsIgnoreCase(platform),
                        "platform " + platform);
                }
            }
            case ACKNOWLEDGEMENTS -> {
                String subject = SUBJECT.get(params.getOrDefault("subject", ""));
                if (subject != null) {
                    filtering.rows("Acknowledging", cell -> cell != null && cell.toString().startsWith(subject),
                        subject.toLowerCase(Locale.UK));
                }
                String table = STATE.get(params.getOrDefault("state", ""));
                if (table != null) {
                    filtering.tables(table);
                }
            }
            default -> {
                // The other registers have no filters on their pages.
            }
        }
        if (filtering.applied.isEmpty()) {
            return register;
        }
        return new Register(register.kind(), register.schoolId(), register.title(),
            register.description() + " Showing only: " + String.join(", ", filtering.applied) + ".",
            register.generatedAt(), filtering.tables);
    }

    private static final class Filtering {

        private List<RegisterTable> tables;
        private final List<String> applied = new ArrayList<>();

        Filtering(List<RegisterTable> tables) {
            this.tables = tables;
        }

        void equal(Map<String, String> params, String param, Map<String, String> labels, String header) {
            String label = labels.get(params.getOrDefault(param, ""));
            if (label != null) {
                rows(header, cell -> label.equals(cell), header.toLowerCase(Locale.UK) + " " + label.toLowerCase(Locale.UK));
            }
        }

        void rows(String header, Predicate<Object> keep, String description) {
            List<RegisterTable> kept = new ArrayList<>();
            for (RegisterTable table : tables) {
                int column = indexOf(table, header);
                kept.add(new RegisterTable(table.heading(), table.columns(),
                    table.rows().stream().filter(row -> keep.test(row.get(column))).toList()));
            }
            tables = kept;
            applied.add(description);
        }

        void tables(String heading) {
            tables = tables.stream().filter(table -> table.heading().equals(heading)).toList();
            applied.add(heading.toLowerCase(Locale.UK));
        }

        private static int indexOf(RegisterTable table, String header) {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).header().equals(header)) {
                    return i;
                }
            }
            throw new IllegalStateException(table.heading() + " has no column " + header);
        }
    }
}
