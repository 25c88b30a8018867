package org.policydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policydesk.WebTestSupport;
import org.policydesk.documents.DocumentSettings;
import org.policydesk.documents.OutputStore;
import org.policydesk.web.FormError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Uploads that lie: a screenshot or logo is known by its first bytes, never by its name or the
 * type the browser claims; its name on the sender's computer never becomes a path; a refused
 * upload stores nothing and says why on the form.
 */
class HostileUploadTests extends WebTestSupport {

    static final byte[] PNG = withNoise(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 300);
    static final byte[] PDF = withNoise("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 300);
    static final byte[] HTML = "<!doctype html><html><body><script>fetch('/accounts')</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>")
        .getBytes(StandardCharsets.UTF_8);

    @Autowired OutputStore output;
    @Autowired DocumentSettings documentSettings;

    @ParameterizedTest
    @ValueSource(strings = {"html", "svg", "exe", "zip", "empty-png-header"})
    void aScreenshotThatIsNotAnImageOrPdfWhateverItsNameIsRefusedAndNothingIsStored(String kind) throws Exception {
        byte[] content = switch (kind) {
            case "html" -> HTML;
            case "svg" -> SVG;
            case "exe" -> withNoise(new byte[] {'M', 'Z'}, 400);
            case "zip" -> withNoise(new byte[] {'P', 'K', 3, 4}, 400);
            default -> new byte[] {(byte) 0x89, 'P', 'N'};
        };
        Snapshot before = Snapshot.of(jdbc, output.root());
        MvcResult refused = mvc.perform(report(new MockMultipartFile("screenshot", "screenshot.png", "image/png", content)))
            .andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/incidents/report");
        assertThat(errorsOf(refused)).extracting(FormError::message).singleElement().asString()
            .startsWith("The screenshot must be a PNG or JPEG image or a PDF");
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(before);
    }

    /** The name a file had on the sender's computer is never used for anything on the server. */
    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/cron.d/policydesk",
        "C:\\Windows\\System32\\x.png", "a\u0000.png", "....//....//x.png", "%2e%2e%2fx.png", ".htaccess"})
    void aScreenshotsFileNameNeverBecomesAPath(String fileName) throws Exception {
        Files.createDirectories(output.root());
        List<String> besideOutput = besideOutput();
        List<String> before = Snapshot.files(output.root());

        mvc.perform(report(new MockMultipartFile("screenshot", fileName, "text/html", PNG)));

        List<String> added = new java.util.ArrayList<>(Snapshot.files(output.root()));
        added.removeAll(before);
        assertThat(added).isSubsetOf("incidents/keston/1/screenshot.png");
        assertThat(Files.readAllBytes(output.resolve("incidents/keston/1/screenshot.png"))).isEqualTo(PNG);
        assertThat(besideOutput()).isEqualTo(besideOutput);
        assertThat(jdbc.sql("select screenshot from escalation_incident").query(String.class).single())
            .isEqualTo("incidents/keston/1/screenshot.png");
        mvc.perform(get("/incidents/1/screenshot").with(user("hellis")))
            .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"INC-0001-screenshot.png\""))
            .andExpect(result -> assertThat(result.getResponse().getContentType()).isEqualTo("image/png"));
    }

    @Test
    void aLogoThatIsAPdfOrAWebPageOrOnlyStartsLikeAPngIsRefusedAndNothingIsStored() throws Exception {
        Path logo = documentSettings.templatesDir().resolve("_layout/logo-keston.png");
        assertThat(logo).doesNotExist();
        Snapshot before = Snapshot.of(jdbc, output.root());
        assertLogoRefused(new MockMultipartFile("logo", "logo.png", "image/png", PDF), "The logo must be a PNG or JPEG image.");
        assertLogoRefused(new MockMultipartFile("logo", "logo.png", "image/png", HTML), "The logo must be a PNG or JPEG image.");
        assertLogoRefused(new MockMultipartFile("logo", "logo.svg", "image/svg+xml", SVG), "The logo must be a PNG or JPEG image.");
        assertLogoRefused(new MockMultipartFile("logo", "../../../logo.png", "image/png", PNG),
            "The logo could not be read as an image. Save it again as PNG and upload that.");
        byte[] large = Arrays.copyOf(PNG, 1024 * 1024 + 1);
        assertLogoRefused(new MockMultipartFile("logo", "logo.png", "image/png", large), "The logo must be 1 MB or smaller.");
        assertLogoRefused(new MockMultipartFile("logo", "logo.png", "image/png", new byte[0]), "Choose the logo file to upload.");

        assertThat(logo).doesNotExist();
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(before);
        assertThat(auditActions("school", "keston")).isEmpty();
    }

    /** The folders around the output folder, and the working directory: where a climbing name would land. */
    private List<String> besideOutput() throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (Path folder : List.of(output.root().getParent(), output.root().getParent().getParent(), Path.of("."))) {
            try (Stream<Path> list = Files.list(folder)) {
                list.map(Path::toString).sorted().forEach(names::add);
            }
        }
        return names;
    }

    private void assertLogoRefused(MockMultipartFile file, String message) throws Exception {
        MvcResult refused = mvc.perform(multipart("/admin/school/logo").file(file).with(user("itadmin")).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).as(file.getOriginalFilename()).isEqualTo("/admin/school/logo");
        assertThat(errorsOf(refused)).extracting(FormError::message).as(file.getOriginalFilename()).containsExactly(message);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder report(
            MockMultipartFile screenshot) {
        return multipart("/incidents/report").file(screenshot).with(user("sjones")).with(csrf())
            .param("platform", "Facebook").param("content", "A post about a teacher");
    }

    @SuppressWarnings("unchecked")
    private static List<FormError> errorsOf(MvcResult result) {
        Object errors = result.getFlashMap().get("formErrors");
        return errors == null ? List.of() : (List<FormError>) errors;
    }

    private static byte[] withNoise(byte[] start, int length) {
        byte[] content = Arrays.copyOf(start, Math.max(length, start.length));
        for (int i = start.length; i < content.length; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        return content;
    }
}
