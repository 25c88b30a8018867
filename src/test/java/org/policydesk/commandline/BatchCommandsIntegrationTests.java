package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.DemoSchoolTestSupport;
import org.policydesk.documents.OutputStore;
import org.policydesk.signin.SignInGuard;
import org.policydesk.documents.PdfText;
import org.policydesk.reports.RegisterKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The batch commands run in-process against the demo school, as the jar runs them after starting. */
class BatchCommandsIntegrationTests extends DemoSchoolTestSupport {

    @Autowired BatchCommands commands;
    @Autowired OutputStore output;
    @Autowired SignInGuard signInGuard;

    @TempDir
    Path dir;

    @Test
    void mergeMakesTheBatchAndSaysWhereItIs() throws IOException {
        Path contacts = Files.writeString(dir.resolve("contacts.csv"), """
            Parent name,Email,Address,Pupil name,Class
            Emma Brown,emma@example.org,"12 Heathfield Road, Keston, BR2 6BF",Amelia Brown,5K
            James Smith,,"4 Oakfield Lane, Hayes, BR2 7HQ",Oliver Smith,6B
            """);

        Console console = run("merge", "--contacts", contacts.toString(), "--school", "keston", "--year", "2026-27",
            "--return-by", LocalDate.now().plusWeeks(2).toString());

        assertThat(console.exit()).isZero();
        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("Read 2 recipients from contacts.csv (CSV, UTF-8).",
            "Rendering letters: 2 of 2", "Wrote 2 letters (4 pages) to " + output.root().resolve("letters/annual/keston"));
        Matcher folder = Pattern.compile("print-ready PDF: +(\\S+)").matcher(console.out());
        assertThat(folder.find()).isTrue();
        assertThat(PdfText.text(Files.readAllBytes(Path.of(folder.group(1))))).contains("Amelia Brown", "Oliver Smith");
    }

    @Test
    void aLockedAdministratorIsReEnabledFromTheMachineAndTheTrailSaysWhoDidIt() {
        jdbc.sql("delete from sign_in_attempt").update();
        for (int failure = 0; failure < 10; failure++) {
            signInGuard.failed("itadmin");
        }
        assertThat(signInGuard.lockedSince("itadmin")).isPresent();

        Console console = run("re-enable-sign-in", "--user", "itadmin", "--reason", "Locked out by someone guessing");

        assertThat(console.exit()).isZero();
        assertThat(console.out()).contains("Re-enabled the sign-in itadmin (Sam Reid)");
        assertThat(signInGuard.lockedSince("itadmin")).isEmpty();
        assertThat(jdbc.sql("select actor from audit_entry where action = 'sign-in-re-enabled' order by id desc")
            .query(String.class).list()).first().asString().startsWith("command-line/");

        Console again = run("re-enable-sign-in", "--user", "itadmin");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("Sam Reid's sign-in (itadmin) is not locked.");
        assertThat(run("re-enable-sign-in", "--user", "nobody").err()).contains("Nobody in PolicyDesk has the sign-in 'nobody'.");
    }

    @Test
    void aBadContactListIsRefusedWithEveryProblemAndNothingIsWritten() throws IOException {
        Path contacts = Files.writeString(dir.resolve("contacts.csv"), """
            Parent name,Email,Pupil name,Class
            Emma Brown,emma.brown@,Amelia Brown,5K
            ,james@example.org,Oliver Smith,6B
            """);
        List<Path> before = files();

        Console console = run("merge", "--contacts", contacts.toString(), "--school", "keston", "--year", "2026-27");

        assertThat(console.exit()).isEqualTo(2);
        assertThat(console.out()).isEmpty();
        assertThat(console.err()).contains("The contact list contacts.csv has 2 problems, so no letters were made:",
            "Row 2, column 'Email': 'emma.brown@' is not an email address.",
            "Row 3, column 'Parent name': the parent or carer's name is missing.", "Nothing was written.");
        assertThat(console.err()).doesNotContain("Exception", "\tat ");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void sendingWithoutAMailServerIsBadInput() throws IOException {
        Path contacts = Files.writeString(dir.resolve("contacts.csv"),
            "Parent name,Email,Pupil name,Class\nEmma Brown,emma@example.org,Amelia Brown,5K\n");
        List<Path> before = files();

        Console console = run("merge", "--contacts", contacts.toString(), "--school", "keston", "--year", "2026-27",
            "--send");

        assertThat(console.exit()).isEqualTo(2);
        assertThat(console.err()).contains("set spring.mail.host");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void everyRegisterIsWrittenAsPdfAndAsXlsx() throws IOException {
        for (RegisterKind kind : RegisterKind.values()) {
            Console pdf = run("register", "--school", "keston", "--kind", kind.slug(), "--format", "pdf");
            assertThat(pdf.exit()).as(pdf.err()).isZero();
            assertThat(pdf.out()).containsPattern(" \\(PDF, made in \\d+\\.\\d s\\) to /");
            Path pdfFile = written(pdf.out());
            assertThat(pdfFile).hasFileName(kind.slug() + "-" + LocalDate.now() + ".pdf");
            assertThat(PdfText.text(Files.readAllBytes(pdfFile))).contains(kind.title());

            Console xlsx = run("register", "--school", "keston", "--kind", kind.slug(), "--format", "xlsx");
            assertThat(xlsx.exit()).as(xlsx.err()).isZero();
            assertThat(xlsx.out()).containsPattern(" \\(XLSX, made in \\d+\\.\\d s\\) to /");
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written(xlsx.out())))) {
                assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(kind.title());
            }
        }
    }

    @Test
    void theGovernorsReportIsWrittenForTheTerm() throws IOException {
        Console console = run("governors-report", "--school", "keston", "--term", "autumn-2026");

        assertThat(console.exit()).isZero();
        assertThat(console.out()).startsWith("Wrote the governors' report for the Autumn term 2026 of Keston Primary "
            + "School and Nursery to ");
        assertThat(written(console.out())).hasFileName("governors-report-autumn-2026.pdf");
    }

    @Test
    void unknownSchoolsKindsAndTermsAreBadInput() {
        Console school = run("register", "--school", "nowhere", "--kind", "accounts", "--format", "pdf");
        assertThat(school.exit()).isEqualTo(2);
        assertThat(school.err()).startsWith("There is no school 'nowhere'. Schools: keston.");

        Console term = run("governors-report", "--school", "keston", "--term", "autumn-26");
        assertThat(term.exit()).isEqualTo(2);
        assertThat(term.err()).startsWith("Name the term as season-year, for example autumn-2026");

        Console help = run("help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("merge --contacts FILE --school ID --year 2026-27");
    }

    private Console run(String... args) {
        return Console.capture((out, err) -> commands.run(out, err, args));
    }

    private static Path written(String out) {
        Matcher matcher = Pattern.compile(" to (/\\S+)").matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        Path file = Path.of(matcher.group(1));
        assertThat(file).isRegularFile();
        return file;
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(output.root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(output.root())) {
            return files.sorted().toList();
        }
    }
}
