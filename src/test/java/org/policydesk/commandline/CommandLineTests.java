package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandLineTests {

    @Test
    void optionsComeWithASpaceOrAnEqualsSignAndSpringSettingsArePassedOn() {
        CommandLine line = CommandLine.parse("merge", "--contacts", "contacts.csv", "--school=keston", "--year",
            "2026-27", "--send", "--spring.datasource.url=jdbc:h2:file:./x;AUTO_SERVER=TRUE",
            "--policydesk.documents.output-dir=/srv/letters");

        assertThat(line.command()).isEqualTo(Command.MERGE);
        assertThat(line.options()).isEqualTo(Map.of("contacts", "contacts.csv", "school", "keston", "year", "2026-27"));
        assertThat(line.flag("send")).isTrue();
        assertThat(line.springArguments()).isEqualTo(List.of("--spring.datasource.url=jdbc:h2:file:./x;AUTO_SERVER=TRUE",
            "--policydesk.documents.output-dir=/srv/letters"));
    }

    @Test
    void mistakesAreExplainedInPlainEnglish() {
        assertThatThrownBy(() -> CommandLine.parse("merj")).hasMessage(
            "There is no command 'merj'. The commands are merge, register, governors-report, verify-audit, rotate-key, backup, restore, re-enable-sign-in, help.");
        assertThatThrownBy(() -> CommandLine.parse("register", "--school", "keston", "--kind", "accounts"))
            .hasMessage("'register' needs --format.");
        assertThatThrownBy(() -> CommandLine.parse("rotate-key", "--servers-stopped=yes"))
            .hasMessage("--servers-stopped takes no value.");
        assertThatThrownBy(() -> CommandLine.parse("restore", "--from", "backup.zip"))
            .hasMessage("'restore' needs --into.");
        assertThatThrownBy(() -> CommandLine.parse("verify-audit", "--kind", "accounts"))
            .hasMessageStartingWith("'verify-audit' has no option --kind; it takes --school.");
        assertThatThrownBy(() -> CommandLine.parse("register", "--school", "keston", "--colour", "red"))
            .hasMessage("'register' has no option --colour; it takes --school, --kind, --format.");
        assertThatThrownBy(() -> CommandLine.parse("governors-report", "--school", "--term", "autumn-2026"))
            .hasMessage("--school needs a value.");
        assertThatThrownBy(() -> CommandLine.parse("governors-report", "--school", "a", "--school", "b"))
            .hasMessage("--school is given twice.");
        assertThatThrownBy(() -> CommandLine.parse("merge", "contacts.csv"))
            .hasMessageStartingWith("'contacts.csv' is not an option of merge; it takes --contacts, --school, --year, "
                + "--return-by, --send");
        assertThatThrownBy(() -> CommandLine.parse("merge", "--send=yes")).hasMessage("--send takes no value.");
        assertThatThrownBy(CommandLine::parse).hasMessageStartingWith("Name a command");
    }

    @Test
    void onlyCommandsThatMakeAPdfHaveTheSampleRegisterDrawnWhilePolicyDeskStarts() {
        assertThat(Job.prepare(CommandLine.parse("register", "--school", "keston", "--kind", "incidents", "--format", "pdf"))
            .makesPdf()).isTrue();
        assertThat(Job.prepare(CommandLine.parse("governors-report", "--school", "keston", "--term", "autumn-2026"))
            .makesPdf()).isTrue();
        assertThat(Job.prepare(CommandLine.parse("register", "--school", "keston", "--kind", "incidents", "--format", "xlsx"))
            .makesPdf()).isFalse();
        assertThat(Job.prepare(CommandLine.parse("verify-audit")).makesPdf()).isFalse();
    }

    @Test
    void theFirstWordDecidesBetweenACommandAndStartingTheServer() {
        assertThat(PolicyDeskCommandLine.isCommand(new String[] {"merge"})).isTrue();
        assertThat(PolicyDeskCommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(PolicyDeskCommandLine.isCommand(new String[] {"--help"})).isTrue();
        assertThat(PolicyDeskCommandLine.isCommand(new String[] {})).isFalse();
        assertThat(PolicyDeskCommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void inputIsCheckedBeforeTheApplicationStarts() {
        assertThatThrownBy(() -> Job.prepare(CommandLine.parse("merge", "--contacts", "x.csv", "--school", "keston",
                "--year", "2026-2027")))
            .hasMessageContaining("There is no file"); // the contact list is read first
        assertThatThrownBy(() -> Job.prepare(CommandLine.parse("register", "--school", "keston", "--kind",
                "complaints", "--format", "pdf")))
            .hasMessageStartingWith("There is no register called 'complaints'. Choose one of official-users, accounts");
        assertThatThrownBy(() -> Job.prepare(CommandLine.parse("register", "--school", "keston", "--kind",
                "accounts", "--format", "docx")))
            .hasMessage("--format is pdf or xlsx, not 'docx'.");
        assertThatThrownBy(() -> Job.prepare(CommandLine.parse("governors-report", "--school", "keston", "--term",
                "winter-2026")))
            .hasMessage("'winter' is not a term: use autumn, spring or summer.");
    }
}
