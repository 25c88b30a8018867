package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The parser the renderer uses instead of Flying Saucer's own loader gives it the same tree. */
class XhtmlParserTests {

    @Test
    void theXhtmlDoctypeIsReadFromFlyingSaucersJarSoNamedEntitiesWorkWithoutTheNetwork() {
        Document document = XhtmlParser.parse("""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Zo&euml;&nbsp;Adams</p></body></html>""");

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(document.getElementsByTagName("p").item(0).getTextContent()).isEqualTo("Zoë\u00A0Adams");
    }

    @Test
    void anUnknownDtdIsNeverFetched() {
        Document document = XhtmlParser.parse("""
            <!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>text</p></body></html>""");

        assertThat(document.getElementsByTagName("p").getLength()).isEqualTo(1);
    }

    @Test
    void markupThatIsNotWellFormedIsRefusedWithItsLine() {
        assertThatThrownBy(() -> XhtmlParser.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body><div></body></html>"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("The filled-in template is not well-formed XHTML (line 2");
    }

    @Test
    void aBatchKeepsItsStylesheetsParsedOnceYetEachDocumentLooksTheSame() {
        DocumentRenderer renderer = DocumentFixtures.renderer();
        var models = java.util.List.of(DocumentFixtures.annualLetter("Emma Brown", "Amelia Brown", "5K"),
            DocumentFixtures.annualLetter("James Smith", "Oliver Smith", "6B"));

        PdfBatch batch = renderer.pdfBatch(DocumentTemplates.ANNUAL_RESPONSIBILITIES, models);
        byte[] alone = renderer.pdf(DocumentTemplates.ANNUAL_RESPONSIBILITIES, models.get(1));

        assertThat(batch.documents().get(1).count()).isEqualTo(PdfText.pages(alone));
        assertThat(PdfText.text(batch.document(1))).isEqualTo(PdfText.text(alone));
    }
}
