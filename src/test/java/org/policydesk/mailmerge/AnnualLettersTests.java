package org.policydesk.mailmerge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policydesk.mailmerge.ContactFiles.contact;
import static org.policydesk.mailmerge.ContactFiles.contacts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.documents.DocumentFixtures;
import org.policydesk.documents.DocumentRenderer;
import org.policydesk.documents.DocumentSettings;
import org.policydesk.documents.Letterhead;
import org.policydesk.documents.MissingDocumentDataException;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.PdfText;

/** The batch itself, with the real templates, renderer and file system; every PDF read back with PDFBox. */
class AnnualLettersTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-14T09:30:00Z"), ZoneId.of("Europe/London"));
    private static final SchoolYear YEAR = SchoolYear.parse("2026-27");
    private static final LocalDate RETURN_BY = LocalDate.of(2026, 9, 25);

    @TempDir
    Path dir;

    @Test
    void makesOnePdfPerFamilyAPrintReadyPdfOfThemAllAndAManifest() throws IOException {
        ContactList list = contacts(contact(2, "Emma Brown", "emma@example.org", "Amelia Brown", "5K"),
            contact(3, "Łukasz Kowalski", null, "Zoë Kowalski", "2W"),
            contact(5, "Nguyễn Thị Hương", "huong@example.org", "Nguyễn Văn An", null));

        MergeResult result = letters(Path.of("templates"), 2).produce(DocumentFixtures.keston(), list, YEAR, RETURN_BY,
            MergedLetter.NOT_ASKED, MergeProgress.NONE);

        Path folder = dir.resolve("output/letters/annual/keston/2026-27-20260914-103000");
        assertThat(result.folder()).isEqualTo(folder.toAbsolutePath());
        assertThat(result.batch()).isEqualTo("2026-27-20260914-103000");
        assertThat(result.letters()).extracting(MergedLetter::file).containsExactly(
            "letters/00002-amelia-brown.pdf", "letters/00003-zoe-kowalski.pdf", "letters/00005-nguyen-van-an.pdf");
        String[] pupils = {"Amelia Brown (5K)", "Zoë Kowalski (2W)", "Nguyễn Văn An"};
        for (int i = 0; i < 3; i++) {
            byte[] pdf = Files.readAllBytes(folder.resolve(result.letters().get(i).file()));
            String text = PdfText.text(pdf);
            assertThat(text).contains(pupils[i], "Dear " + list.contacts().get(i).parentName() + ",",
                "Social media: your responsibilities as a parent or carer (2026–27)", "25 September 2026",
                "Page 1 of " + result.letters().get(i).pages());
            assertThat(PdfText.fontsNotEmbedded(pdf)).isEmpty();
        }
        byte[] merged = Files.readAllBytes(result.mergedPdf());
        assertThat(PdfText.pages(merged)).isEqualTo(result.pages()).isEqualTo(6);
        assertThat(PdfText.title(merged)).contains("all letters");
        assertThat(PdfText.text(merged)).contains(pupils);

        List<CSVRecord> manifest = manifest(result.manifest());
        assertThat(manifest.get(0).values()).containsExactly("row", "parent", "pupil", "class", "email", "file",
            "pages", "emailed");
        assertThat(manifest.get(1).values()).containsExactly("2", "Emma Brown", "Amelia Brown", "5K",
            "emma@example.org", "letters/00002-amelia-brown.pdf", "2", "not asked");
        assertThat(manifest.get(2).get(7)).isEqualTo("no email address");
        assertThat(manifest.get(3).values()).contains("Nguyễn Thị Hương", "");
        assertThat(leftovers()).noneMatch(path -> path.toString().contains("/."));
    }

    @Test
    void aParentsNameMadeOfMarkupIsPrintedLiterally() {
        String hostile = "<script>alert(1)</script> & Co";
        MergeResult result = letters(Path.of("templates"), 1).produce(DocumentFixtures.keston(),
            contacts(contact(2, hostile, "co@example.org", "Amelia Brown", "5K")), YEAR, null, MergedLetter.NOT_ASKED,
            MergeProgress.NONE);

        String text = PdfText.text(read(result.folder().resolve(result.letters().get(0).file())));
        assertThat(text).contains("Dear " + hostile + ",").contains(hostile + "\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedInTheManifest() throws IOException {
        MergeResult result = letters(Path.of("templates"), 1).produce(DocumentFixtures.keston(),
            contacts(contact(2, "=HYPERLINK(\"http://evil.example\",\"Click\")", "x@example.org", "@SUM(A1:A9)", "+5K"),
                contact(3, "-2+3", null, "Amelia Brown", "=1+1")), YEAR, null, MergedLetter.NOT_ASKED,
            MergeProgress.NONE);

        String raw = Files.readString(result.manifest(), StandardCharsets.UTF_8);
        List<CSVRecord> manifest = manifest(result.manifest());
        assertThat(manifest.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(manifest.get(1).get(2)).isEqualTo("'@SUM(A1:A9)");
        assertThat(manifest.get(1).get(3)).isEqualTo("'+5K");
        assertThat(manifest.get(2).get(1)).isEqualTo("'-2+3");
        assertThat(manifest.get(2).get(3)).isEqualTo("'=1+1");
        assertThat(raw).doesNotContain(",=", ",@", ",+");
        // The letter itself prints the name as given.
        assertThat(PdfText.text(read(result.folder().resolve(result.letters().get(0).file()))))
            .contains("=HYPERLINK(\"http://evil.example\",\"Click\")");
    }

    @Test
    void lettersRenderedOnTwoThreadsStayInRowOrderAndProgressCountsEveryOne() {
        List<Contact> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(contact(i + 2, "Parent " + i, "p" + i + "@example.org", "Pupil Number" + i, "5K"));
        }
        List<MergeProgress.Progress> heard = new ArrayList<>();

        MergeResult result = letters(Path.of("templates"), 2).produce(DocumentFixtures.keston(),
            new ContactList("many.csv", "CSV, UTF-8", many), YEAR, null, MergedLetter.NOT_ASKED, heard::add);

        assertThat(heard).hasSize(50);
        assertThat(heard).extracting(MergeProgress.Progress::done).isSorted().endsWith(50);
        assertThat(heard.get(49).finished()).isTrue();
        assertThat(heard.get(49).rate()).isPositive();
        for (int i : new int[] {0, 24, 25, 49}) {
            MergedLetter letter = result.letters().get(i);
            assertThat(letter.file()).isEqualTo(String.format("letters/%05d-pupil-number%d.pdf", i + 2, i));
            assertThat(PdfText.text(read(result.folder().resolve(letter.file()))))
                .contains("Dear Parent " + i + ",", "Pupil Number" + i + " (5K)");
        }
        String merged = PdfText.text(read(result.mergedPdf()));
        assertThat(merged.indexOf("Dear Parent 24,")).isLessThan(merged.indexOf("Dear Parent 25,"));
    }

    @Test
    void aLetterThatFailsHalfWayThroughTheBatchLeavesNoBatchBehind() throws IOException {
        Path templates = dir.resolve("templates");
        copy(Path.of("templates"), templates);
        Path letter = templates.resolve("letters/annual-responsibilities.ftlh");
        // A school's edit that breaks the XHTML for one family only: found while rendering, not before.
        Files.writeString(letter, Files.readString(letter).replace("<h2>How we keep in touch</h2>",
            "<#if pupil.name == \"Break Me\"><div></#if><h2>How we keep in touch</h2>"));
        List<Contact> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(contact(i + 2, "Parent " + i, null, i == 45 ? "Break Me" : "Pupil " + i, "5K"));
        }

        assertThatThrownBy(() -> letters(templates, 2).produce(DocumentFixtures.keston(),
                new ContactList("many.csv", "CSV", many), YEAR, null, MergedLetter.NOT_ASKED, MergeProgress.NONE))
            .hasMessageContaining("not well-formed XHTML");

        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSchoolWithoutAChairOfGovernorsIsRefusedBeforeAnythingIsWritten() throws IOException {
        Letterhead keston = DocumentFixtures.keston();
        Letterhead noChair = new Letterhead(keston.schoolId(), keston.name(), keston.address(), keston.logo(),
            keston.headTeacher(), keston.deputyHead(), null);

        assertThatThrownBy(() -> letters(Path.of("templates"), 2).produce(noChair,
                contacts(contact(2, "Emma Brown", null, "Amelia Brown", "5K")), YEAR, null, MergedLetter.NOT_ASKED,
                MergeProgress.NONE))
            .isInstanceOf(MissingDocumentDataException.class)
            .hasMessageContaining("'school.chairOfGovernors'");
        assertThat(leftovers()).isEmpty();
    }

    private AnnualLetters letters(Path templates, int threads) {
        DocumentSettings settings = new DocumentSettings(templates, dir.resolve("output"));
        return new AnnualLetters(new DocumentRenderer(settings), new OutputStore(settings), threads, CLOCK);
    }

    /** Everything under the output folder, hidden "-part" folders included. */
    private List<Path> leftovers() throws IOException {
        Path output = dir.resolve("output");
        if (!Files.exists(output)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(path -> !Files.isDirectory(path) || path.getFileName().toString().startsWith("."))
                .toList();
        }
    }

    static List<CSVRecord> manifest(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(ContactFiles.UTF8_BOM);
        try (Reader reader = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
