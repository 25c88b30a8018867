package org.policydesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policydesk.documents.DocumentSettings;
import org.policydesk.documents.PdfText;

/**
 * The sample drawn while a PDF command starts goes through the school's own register template, the
 * fonts and the joining of parts, as a real register does: if it stopped working (a template field it
 * lacks, say), the warm-up would fail quietly and only the speed would tell.
 */
class RegisterWarmUpTests {

    @Test
    void theSampleIsDrawnInPartsWithTheShippedRegisterTemplate() {
        byte[] pdf = RegisterWarmUp.samplePdf(new DocumentSettings(Path.of("templates"), Path.of("target", "unused")));

        int pages = PdfText.pages(pdf);
        assertThat(pages).isGreaterThan(10);
        assertThat(PdfText.pageText(pdf, 1)).contains("Sample School", "Sample register", "S-0");
        assertThat(PdfText.pageText(pdf, pages)).contains("S-499", "Page " + pages + " of " + pages);
    }
}
