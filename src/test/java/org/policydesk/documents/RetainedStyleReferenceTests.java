package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;

/**
 * Sharing one match among like siblings changes nothing on the page: each document is rendered with
 * Flying Saucer's own style lookup and with PolicyDesk's, and the pages compared pixel by pixel. The
 * documents style elements by class, attribute, inline style, first and last place of themselves
 * and their ancestors, descendant and child selectors, ids, and (where sharing must stop) by
 * position and by the sibling before.
 */
class RetainedStyleReferenceTests {

    private static final String BODY = """
        <table><tbody>
        <tr id="row-1" class="odd"><td>first</td><td>second</td><td class="flag">third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-2" class="even"><td>first</td><td>second</td><td lang="cy">third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-3" class="odd"><td>first</td><td style="color: #008000">second</td><td>third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-4" class="even"><td>first</td><td>second</td><td>third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-5" class="odd"><td>first</td><td>second</td><td>third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-6" class="even"><td>first</td><td>second</td><td>third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-7" class="odd"><td>first</td><td>second</td><td>third</td><td>fourth</td><td>last</td></tr>
        </tbody><tbody>
        <tr id="row-8" class="odd"><td>first</td><td>second</td><td>third</td><td>fourth</td><td>last</td></tr>
        <tr id="row-9" class="even"><td>first</td><td>second</td><td>third</td><td>fourth</td><td>last</td></tr>
        </tbody></table>
        <div class="letter"><p>One</p><p>Two</p><p data-kind="note">Three</p><p>Four</p><p>Five</p>
        <div><p>Nested one</p><p>Nested two</p></div></div>
        <ul><li>a</li><li>b</li><li>c</li><li>d</li><li>e</li><li>f</li></ul>""";

    private static final String WITHOUT_SIBLING_SELECTORS = """
        td { padding: 2mm; border-bottom: 1pt solid #999999; }
        td:first-child { background-color: #ffe0e0; font-weight: bold; }
        td:last-child { background-color: #e0e0ff; font-style: italic; }
        tr.even td { background-color: #eeeeee; }
        td.flag, td[lang] { color: #c00000; }
        .letter > p { margin: 1mm 0 1mm 5mm; }
        .letter p:last-child { color: #0000c0; }
        p[data-kind="note"] { font-size: 16pt; }
        li:first-child { font-weight: bold; }
        tbody:last-child tr:first-child td { font-size: 14pt; }
        tr:last-child td { text-decoration: underline; }
        .letter div p { color: #806000; }
        """;

    private static final String WITH_SIBLING_SELECTORS = WITHOUT_SIBLING_SELECTORS + """
        li:nth-child(3) { color: #ff0000; font-size: 18pt; }
        p + p { margin-left: 20mm; }
        li:even { background-color: #ccffcc; }
        """;

    private static final String WITH_ID_SELECTORS = WITHOUT_SIBLING_SELECTORS + """
        #row-2 td, tr[id="row-5"] td { color: #ff00ff; font-size: 16pt; }
        """;

    @TempDir
    Path templates;

    @Test
    void siblingsSharingTheirMatchLookAsFlyingSaucerDrawsThem() throws IOException {
        assertSamePage(WITHOUT_SIBLING_SELECTORS);
    }

    @Test
    void aStylesheetPickingBySiblingsOrPlaceIsMatchedElementByElement() throws IOException {
        assertSamePage(WITH_SIBLING_SELECTORS);
    }

    @Test
    void aStylesheetPickingByIdKeepsElementsWithDifferentIdsApart() throws IOException {
        assertSamePage(WITH_ID_SELECTORS);
    }

    @Test
    void aLinkedStylesheetPickingBySiblingsIsNoticedToo() throws IOException {
        Files.writeString(templates.resolve("print.css"), WITH_SIBLING_SELECTORS);
        String linked = "<link rel=\"stylesheet\" type=\"text/css\" href=\"print.css\" media=\"print\"/>";
        BufferedImage flyingSaucer = PageImages.firstPage(pdf(linked, false));
        BufferedImage shared = PageImages.firstPage(pdf(linked, true));

        assertThat(PageImages.different(flyingSaucer, shared, 48)).isZero();
    }

    @Test
    void onlySiblingAndPlaceSelectorsStopTheSharing() {
        assertThat(SelectorKinds.mayPickBySiblings(WITHOUT_SIBLING_SELECTORS)).isFalse();
        assertThat(SelectorKinds.mayPickBySiblings("h1 ~ p { color: red }")).isTrue();
        assertThat(SelectorKinds.mayPickBySiblings("tr:odd td { color: red }")).isTrue();
        assertThat(SelectorKinds.mayPickBySiblings("/* p + p and li:nth-child(2) */ p { color: red }")).isFalse();
    }

    @Test
    void theShippedStylesheetAndFlyingSaucersOwnLetLikeElementsShareTheirStyles() throws IOException {
        String printCss = Files.readString(Path.of("templates", "_layout", "print.css"));
        String userAgentCss;
        try (InputStream in = XhtmlCssOnlyNamespaceHandler.class.getResourceAsStream("/resources/css/XhtmlNamespaceHandler.css")) {
            userAgentCss = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String css : List.of(printCss, userAgentCss)) {
            assertThat(SelectorKinds.mayPickBySiblings(css)).isFalse();
            assertThat(SelectorKinds.mayPickById(css)).isFalse();
        }
    }

    @Test
    void idsCountOnlyWhenASelectorNamesOne() {
        assertThat(SelectorKinds.mayPickById(WITHOUT_SIBLING_SELECTORS)).as("colours are not ids").isFalse();
        assertThat(SelectorKinds.mayPickById(WITH_ID_SELECTORS)).isTrue();
        assertThat(SelectorKinds.mayPickById("@media print { p#note { color: #000000 } }")).isTrue();
        assertThat(SelectorKinds.mayPickById("tr[id^=item] td { color: red }")).isTrue();
    }

    @Test
    void theLettersOfABatchShareStylesOnlyWhileTheirStylesheetsAreTheSame() throws IOException {
        String red = "<style type=\"text/css\">" + WITHOUT_SIBLING_SELECTORS + " p { color: #c00000; }</style>";
        String blue = "<style type=\"text/css\">" + WITHOUT_SIBLING_SELECTORS + " p { color: #0000c0; }</style>";
        List<String> batch = List.of(xhtml(red, BODY), xhtml(red, "<div class=\"letter\"><p>Only one</p></div>" + BODY),
            xhtml(blue, BODY));
        byte[] flyingSaucer = batchPdf(batch, false);
        byte[] shared = batchPdf(batch, true);

        for (int page = 0; page < batch.size(); page++) {
            assertThat(PageImages.different(PageImages.page(flyingSaucer, page), PageImages.page(shared, page), 48))
                .as("page %d", page + 1).isZero();
        }
    }

    private void assertSamePage(String css) throws IOException {
        String inline = "<style type=\"text/css\">" + css + "</style>";
        BufferedImage flyingSaucer = PageImages.firstPage(pdf(inline, false));
        BufferedImage shared = PageImages.firstPage(pdf(inline, true));

        assertThat(PageImages.painted(flyingSaucer)).isGreaterThan(20_000);
        assertThat(PageImages.different(flyingSaucer, shared, 48)).isZero();
    }

    private static String xhtml(String head, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private byte[] pdf(String head, boolean retainedStyles) {
        return batchPdf(List.of(xhtml(head, BODY)), retainedStyles);
    }

    /** The documents one after another in one PDF from one renderer, as a mail merge renders its letters. */
    private byte[] batchPdf(List<String> documents, boolean retainedStyles) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        LocalUserAgent userAgent = new LocalUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            templates.toAbsolutePath().normalize(), new PdfImages());
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent);
        if (retainedStyles) {
            renderer.getSharedContext().setCss(new RetainedStyleReference(userAgent));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < documents.size(); i++) {
            renderer.setDocument(XhtmlParser.parse(documents.get(i)), templates.toUri().toString());
            renderer.layout();
            if (i == 0) {
                renderer.createPDF(out, false);
            } else {
                renderer.writeNextDocument();
            }
        }
        renderer.finishPDF();
        return out.toByteArray();
    }
}
