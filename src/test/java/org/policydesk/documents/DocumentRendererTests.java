package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The renderer with the real templates, FreeMarker, Flying Saucer and OpenPDF; PDFs read back with PDFBox. */
class DocumentRendererTests {

    private static final List<String> NAMES =
        List.of("Zoë Adams", "Łukasz Kowalski", "Nguyễn Thị Hương", "Siobhán O'Brien");

    private final DocumentRenderer renderer = DocumentFixtures.renderer();

    @Test
    void namesFromManyLanguagesPrintAsWrittenWithEveryFontEmbedded() {
        Map<String, Object> certificate = DocumentFixtures.handoverCertificate();
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (String name : NAMES) {
            accounts.add(Map.of("platform", "Facebook", "handle", "facebook.com/" + name.hashCode(),
                "outcome", "Transferred", "transferredTo", name));
        }
        certificate.put("accounts", accounts);
        certificate.put("person", Map.of("name", "Nguyễn Thị Hương", "role", "Parent Governor"));

        byte[] pdf = renderer.pdf(DocumentTemplates.HANDOVER_CERTIFICATE, certificate);

        // Narrow columns may wrap a name over two lines; what matters is the letters themselves.
        String text = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(NAMES);
        assertThat(PdfText.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(PdfText.fontCountPerPage(pdf)).allMatch(count -> count > 0);
    }

    @Test
    void titleAndAuthorBecomeThePdfMetadata() {
        byte[] pdf = renderer.pdf(DocumentTemplates.OFFICIAL_USE_APPROVED, DocumentFixtures.officialUseApproved());

        assertThat(PdfText.title(pdf)).isEqualTo("Official use of social media approved");
        assertThat(PdfText.author(pdf)).isEqualTo("Keston Primary School and Nursery");
    }

    @Test
    void everyPageSaysWhichPageItIsOfHowMany() {
        byte[] pdf = renderer.pdfInParts(DocumentTemplates.REGISTER, register(120));

        int pages = PdfText.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfText.pageText(pdf, page)).contains("Page " + page + " of " + pages);
        }
        assertThat(PdfText.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(PdfText.title(pdf)).isEqualTo("Accounts register");
    }

    @Test
    void aRegisterRepeatsItsHeaderRowOnEveryPage() {
        byte[] pdf = renderer.pdfInParts(DocumentTemplates.REGISTER, register(120));

        String secondPage = PdfText.pageText(pdf, 2);
        assertThat(secondPage).contains("Holder", "Platform", "Last password change");
        assertThat(secondPage).doesNotContain("Row 0001 ");
        assertThat(PdfText.pageText(pdf, PdfText.pages(pdf))).contains("Holder", "Row 0120");
    }

    @Test
    void aLongRegisterLaidOutInPartsHasEveryRowOnceInOrderAndFullPages() {
        PartedDocument register = register(1_234);
        byte[] pdf = renderer.pdfInParts(DocumentTemplates.REGISTER, register);

        int pages = PdfText.pages(pdf);
        List<Integer> rowsSeen = new ArrayList<>();
        List<Integer> rowsPerPage = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String text = PdfText.pageText(pdf, page);
            assertThat(text).contains("Holder", "Page " + page + " of " + pages);
            var rows = java.util.regex.Pattern.compile("Row (\\d{4})").matcher(text);
            int onThisPage = 0;
            while (rows.find()) {
                rowsSeen.add(Integer.parseInt(rows.group(1)));
                onThisPage++;
            }
            rowsPerPage.add(onThisPage);
        }
        assertThat(rowsSeen).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1_234).boxed().toList());
        // Where one part ends and the next begins, no page is left part-filled: every page but the
        // first (letterhead) and the last holds as many rows as a page holds.
        assertThat(rowsPerPage.subList(1, pages - 1)).containsOnly(rowsPerPage.get(1));
        assertThat(PdfText.text(pdf)).containsOnlyOnce("Accounts register\n").containsOnlyOnce("1,234 entries");
    }

    @Test
    void aRowTallerThanAPageNearTheEndOfAPartIsPrintedWhole() {
        byte[] pdf = renderer.pdfInParts(DocumentTemplates.REGISTER, register(700, 485));

        String text = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("End of the long note.", "Row 0486", "Row 0487", "Row 0700");
        assertThat(text.split("Noted\\.", -1)).hasSize(1_501);
    }

    @Test
    void markupInAParentsNameIsPrintedLiterallyNotObeyed() throws Exception {
        String hostile = "<script>alert(1)</script> & Co";
        Map<String, Object> model = DocumentFixtures.removalRequest();
        model.put("parent", Map.of("name", hostile));

        String xhtml = renderer.xhtml(DocumentTemplates.REMOVAL_REQUEST, model);
        assertThat(xhtml).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co").doesNotContain("<script>");
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();

        String text = PdfText.text(renderer.pdf(DocumentTemplates.REMOVAL_REQUEST, model));
        assertThat(text).contains("Dear " + hostile + ",");
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingTheFieldAndTheTemplate() {
        Map<String, Object> model = DocumentFixtures.removalRequest();
        model.put("parent", Map.of("salutation", "Mrs Brown"));

        assertThatThrownBy(() -> renderer.pdf(DocumentTemplates.REMOVAL_REQUEST, model))
            .isInstanceOf(MissingDocumentDataException.class)
            .hasMessageContaining("letters/removal-request.ftlh")
            .hasMessageContaining("'parent.name'")
            .satisfies(e -> assertThat(((MissingDocumentDataException) e).field()).isEqualTo("parent.name"));
    }

    @Test
    void aBlankRequiredFieldCountsAsMissing() {
        Map<String, Object> model = DocumentFixtures.officialUseRefused();
        model.put("reason", "   ");

        assertThatThrownBy(() -> renderer.pdf(DocumentTemplates.OFFICIAL_USE_REFUSED, model))
            .isInstanceOf(MissingDocumentDataException.class)
            .hasMessageContaining("'reason'");
    }

    @Test
    void aMissingSignatoryIsRefusedNamingTheSchoolRole() {
        Map<String, Object> model = DocumentFixtures.finalLetter();
        Letterhead keston = DocumentFixtures.keston();
        model.put("school", new Letterhead(keston.schoolId(), keston.name(), keston.address(), keston.logo(),
            keston.headTeacher(), keston.deputyHead(), null));

        assertThatThrownBy(() -> renderer.pdf(DocumentTemplates.FINAL_LETTER, model))
            .isInstanceOf(MissingDocumentDataException.class)
            .hasMessageContaining("'school.chairOfGovernors'");
    }

    @Test
    void templatesCannotReachJavaThroughApiOrNew(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("api.ftlh"), "<p>${school?api.getClass().getName()}</p>");
        Files.writeString(dir.resolve("new.ftlh"),
            "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
        Files.writeString(dir.resolve("object.ftlh"),
            "<#assign make = \"freemarker.template.utility.ObjectConstructor\"?new()>${make(\"java.io.File\", \"/\")}");
        DocumentRenderer sandboxed = new DocumentRenderer(new DocumentSettings(dir, dir.resolve("out")));
        Map<String, Object> model = Map.of("school", DocumentFixtures.keston());

        assertThatThrownBy(() -> sandboxed.xhtml("api.ftlh", model))
            .isInstanceOf(DocumentTemplateException.class).hasMessageContaining("api.ftlh");
        assertThatThrownBy(() -> sandboxed.xhtml("new.ftlh", model))
            .isInstanceOf(DocumentTemplateException.class).hasMessageContaining("new.ftlh");
        assertThatThrownBy(() -> sandboxed.xhtml("object.ftlh", model))
            .isInstanceOf(DocumentTemplateException.class).hasMessageContaining("object.ftlh");
    }

    @Test
    void aTemplateCannotIncludeFilesFromOutsideTheTemplatesFolder(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.txt"), "not for templates");
        Files.writeString(templates.resolve("sneaky.ftlh"), "<#include \"../secret.txt\">");
        DocumentRenderer sandboxed = new DocumentRenderer(new DocumentSettings(templates, dir.resolve("out")));

        assertThatThrownBy(() -> sandboxed.xhtml("sneaky.ftlh", Map.of()))
            .isInstanceOf(DocumentTemplateException.class);
    }

    @Test
    void aDocumentShowsImagesFromTheTemplatesFolderOnly(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.copy(Path.of("templates/_layout/logo.png"), templates.resolve("inside.png"));
        Files.copy(Path.of("templates/_layout/logo.png"), dir.resolve("outside.png"));
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><img src=\"%s\" style=\"width: 20mm\"/></body></html>";
        Files.writeString(templates.resolve("inside.ftlh"), page.formatted("inside.png"));
        Files.writeString(templates.resolve("outside.ftlh"), page.formatted("../outside.png"));
        Files.writeString(templates.resolve("remote.ftlh"), page.formatted("http://127.0.0.1:9/logo.png"));
        DocumentRenderer sandboxed = new DocumentRenderer(new DocumentSettings(templates, dir.resolve("out")));

        assertThat(PdfText.images(sandboxed.pdf("inside.ftlh", Map.of()), 1)).isPositive();
        assertThat(PdfText.images(sandboxed.pdf("outside.ftlh", Map.of()), 1)).isZero();
        assertThat(PdfText.images(sandboxed.pdf("remote.ftlh", Map.of()), 1)).isZero();
    }

    @Test
    void manyLettersRenderIntoOneDocumentAndSplitBackIntoOnePerRecipient() {
        List<Map<String, Object>> models = List.of(
            DocumentFixtures.annualLetter("Emma Brown", "Amelia Brown", "5K"),
            DocumentFixtures.annualLetter("Łukasz Kowalski", "Zoë Kowalski", "2W"),
            DocumentFixtures.annualLetter("Nguyễn Thị Hương", "Nguyễn Văn An", "4H"));

        PdfBatch batch = renderer.pdfBatch(DocumentTemplates.ANNUAL_RESPONSIBILITIES, models);

        assertThat(batch.size()).isEqualTo(3);
        assertThat(PdfText.pages(batch.pdf())).isEqualTo(batch.documents().get(2).last());
        List<byte[]> letters = batch.split();
        assertThat(letters).hasSize(3);
        String[] parents = {"Emma Brown", "Łukasz Kowalski", "Nguyễn Thị Hương"};
        for (int i = 0; i < 3; i++) {
            byte[] letter = letters.get(i);
            int pages = PdfText.pages(letter);
            assertThat(pages).isEqualTo(batch.documents().get(i).count());
            String text = PdfText.text(letter);
            assertThat(text).contains("Dear " + parents[i] + ",", "Page 1 of " + pages, "Page " + pages + " of " + pages);
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    assertThat(text).doesNotContain("Dear " + parents[j]);
                }
            }
            assertThat(PdfText.fontsNotEmbedded(letter)).isEmpty();
            assertThat(PdfText.title(letter)).startsWith("Social media: your responsibilities");
        }
    }

    @Test
    void oneRendererServesSeveralThreadsAtOnceWithoutMixingLetters() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> letters = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String parent = NAMES.get(i % NAMES.size()) + " " + i;
                letters.add(pool.submit(() -> PdfText.text(renderer.pdf(DocumentTemplates.ANNUAL_RESPONSIBILITIES,
                    DocumentFixtures.annualLetter(parent, "Pupil " + parent, "5K")))));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(letters.get(i).get()).contains("Dear " + NAMES.get(i % NAMES.size()) + " " + i + ",");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A register of {@code rows} accounts, enough to run over several landscape pages. */
    /** An accounts register of {@code rows} rows, given to the renderer a part at a time as PolicyDesk does. */
    static PartedDocument register(int rows) {
        return register(rows, -1);
    }

    /** The same, with row {@code tallRow} (0-based) holding a note longer than a page. */
    static PartedDocument register(int rows, int tallRow) {
        List<Map<String, Object>> columns = List.of(
            Map.of("header", "Account", "widthPercent", 25), Map.of("header", "Platform", "widthPercent", 15),
            Map.of("header", "Holder", "widthPercent", 25), Map.of("header", "Status", "widthPercent", 15),
            Map.of("header", "Last password change", "widthPercent", 20));
        return new PartedDocument() {
            @Override
            public int items() {
                return rows;
            }

            @Override
            public Map<String, ?> part(int first, int end) {
                List<Map<String, Object>> body = new ArrayList<>();
                for (int i = first; i < end; i++) {
                    String status = i == tallRow ? "Noted. ".repeat(1_500) + "End of the long note." : "Active";
                    body.add(Map.of("item", i, "stripe", i % 2 == 0 ? "odd" : "even", "cells",
                        List.of(String.format("Row %04d ", i + 1), "Facebook", NAMES.get(i % NAMES.size()), status,
                            "3 March 2025")));
                }
                Map<String, Object> register = new HashMap<>();
                register.put("title", "Accounts register");
                register.put("generatedAt", DocumentFixtures.TODAY.atTime(9, 30));
                register.put("continued", first > 0);
                register.put("tableCount", 1);
                register.put("tables", List.of(Map.of("heading", "Accounts", "columns", columns, "rows", body,
                    "total", rows, "continued", first > 0)));
                return DocumentFixtures.withSchool(Map.of("register", register));
            }
        };
    }
}
