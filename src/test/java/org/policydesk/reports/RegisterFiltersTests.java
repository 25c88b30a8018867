package org.policydesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The page filters applied to a register before download: the file holds what the page showed. */
class RegisterFiltersTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 9, 0);

    private static Register handovers() {
        List<Column> columns = List.of(Column.text("Ref.", 10), Column.text("Leaver", 20), Column.text("Reason", 18),
            Column.text("Status", 12));
        return new Register(RegisterKind.HANDOVERS, "keston", "Handover register", "Handovers.", NOW, List.of(
            new RegisterTable("Handovers", columns, List.of(
                row("HO-0001", "Sarah Jones", "Left the school", "Complete"),
                row("HO-0002", "Tom Baker", "Official use revoked", "Open"),
                row("HO-0003", "Zoë Adams", "Left the school", "Open")))));
    }

    private static Register acknowledgements() {
        List<Column> columns = List.of(Column.text("Name", 24), Column.text("Acknowledging", 30));
        return new Register(RegisterKind.ACKNOWLEDGEMENTS, "keston", "Acknowledgements register", "Who.", NOW, List.of(
            new RegisterTable("Still to acknowledge", columns, List.of(row("Tom Baker", "Policy"),
                row("Helen Ellis", "Guidance: Autumn 2026"))),
            new RegisterTable("Acknowledged", columns, List.of(row("Sarah Jones", "Policy")))));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<Object> names(Register register) {
        return register.tables().stream().flatMap(table -> table.rows().stream()).map(row -> row.get(1)).toList();
    }

    @Test
    void handoversAreFilteredByStatusAndReasonAndTheDescriptionSaysSo() {
        Register filtered = RegisterFilters.apply(handovers(), Map.of("status", "open", "reason", "left"));

        assertThat(names(filtered)).containsExactly("Zoë Adams");
        assertThat(filtered.description()).isEqualTo("Handovers. Showing only: status open, reason left the school.");
    }

    @Test
    void noFilterOrAnUnknownValueLeavesTheRegisterAsItIs() {
        Register register = handovers();

        assertThat(RegisterFilters.apply(register, Map.of())).isSameAs(register);
        assertThat(RegisterFilters.apply(register, Map.of("status", "lost", "colour", "red"))).isSameAs(register);
    }

    @Test
    void acknowledgementsAreFilteredBySubjectAndByWhoIsStillToAcknowledge() {
        Register policyOutstanding = RegisterFilters.apply(acknowledgements(),
            Map.of("subject", "policy", "state", "outstanding"));

        assertThat(policyOutstanding.tables()).extracting(RegisterTable::heading).containsExactly("Still to acknowledge");
        assertThat(policyOutstanding.tables().get(0).rows()).extracting(row -> row.get(0)).containsExactly("Tom Baker");
    }
}
