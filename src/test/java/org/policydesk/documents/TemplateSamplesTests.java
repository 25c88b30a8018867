package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every shipped letter and notice renders for the demo school with the fields its header comment
 * documents; the PDFs are kept under target/document-samples for looking at.
 */
class TemplateSamplesTests {

    private static final Path SAMPLES = Path.of("target", "document-samples");

    private final DocumentRenderer renderer = DocumentFixtures.renderer();

    @Test
    void everyLetterAndNoticeRendersWithItsDocumentedFields() throws IOException {
        Files.createDirectories(SAMPLES);
        for (Map.Entry<String, Map<String, Object>> sample : DocumentFixtures.everyLetterAndNotice().entrySet()) {
            byte[] pdf = renderer.pdf(sample.getKey(), sample.getValue());
            String name = sample.getKey().replace('/', '-').replace(".ftlh", ".pdf");
            Files.write(SAMPLES.resolve(name), pdf);

            String text = PdfText.text(pdf);
            assertThat(text).as(name).contains("Keston Primary School and Nursery", "Lakes Road, Keston, Kent BR2 6BN",
                "Page 1 of " + PdfText.pages(pdf));
            assertThat(PdfText.fontsNotEmbedded(pdf)).as(name).isEmpty();
            assertThat(PdfText.images(pdf, 1)).as("logo on the first page of %s", name).isPositive();
            assertThat(PdfText.author(pdf)).as(name).isEqualTo("Keston Primary School and Nursery");
            assertThat(PdfText.title(pdf)).as(name).isNotBlank();
        }
    }
}
