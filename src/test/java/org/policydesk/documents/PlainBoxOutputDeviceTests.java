package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * The shortcut painter gives the same page as Flying Saucer's own: both are rendered from one
 * document with every kind of box PolicyDesk prints (striped register rows with borders on two sides,
 * a header cell bordered all round, a border of two colours, rounded and dashed borders that the
 * shortcut leaves alone) and compared pixel by pixel at print resolution.
 */
class PlainBoxOutputDeviceTests {

    private static final String PAGE = """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><style type="text/css">
        @page { size: A4; margin: 10mm; }
        table { width: 100%; border-collapse: separate; border-spacing: 0; }
        th { background-color: #1f4e79; color: #ffffff; border: 0.5pt solid #1f4e79; padding: 2mm; }
        td { padding: 2mm; border-right: 0.5pt solid #c8d3e0; border-bottom: 0.5pt solid #c8d3e0; }
        td:first-child { border-left: 0.5pt solid #c8d3e0; }
        tr.even td { background-color: #f2f6fa; }
        .thick { margin: 5mm; height: 20mm; border: 3mm solid #b00000; background-color: #ffeecc; }
        .two-colours { margin: 5mm; height: 20mm; border-top: 2mm solid #008000; border-left: 2mm solid #000080; }
        .rounded { margin: 5mm; height: 20mm; border: 1mm solid #333333; border-radius: 4mm; background-color: #eeeeee; }
        .dashed { margin: 5mm; height: 20mm; border: 1mm dashed #333333; }
        </style></head><body>
        <table><thead><tr><th>Ref.</th><th>Reported</th><th>Outcome</th></tr></thead><tbody>
        <tr class="odd"><td>INC-0001</td><td>7 Jan 2025</td><td>Removed</td></tr>
        <tr class="even"><td>INC-0002</td><td>8 Jan 2025</td><td>Not removed</td></tr>
        <tr class="odd"><td>INC-0003</td><td>9 Jan 2025</td><td>Referred</td></tr>
        <tr class="even"><td>INC-0004</td><td>10 Jan 2025</td><td>No action</td></tr>
        </tbody></table>
        <div class="thick">A thick border of one colour</div>
        <div class="two-colours">Two colours meet at a corner</div>
        <div class="rounded">Rounded corners</div>
        <div class="dashed">A dashed border</div>
        </body></html>""";

    @Test
    void paintsTheSamePageAsFlyingSaucer() throws IOException {
        BufferedImage flyingSaucer = PageImages.firstPage(pdf(new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT)));
        BufferedImage shortcut = PageImages.firstPage(pdf(new PlainBoxOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT)));

        int painted = PageImages.painted(flyingSaucer);
        assertThat(painted).as("pixels painted on the page").isGreaterThan(50_000);
        // Only anti-aliasing along the edges may differ: well under one pixel in a thousand painted.
        assertThat(PageImages.different(flyingSaucer, shortcut, 48)).as("pixels that differ, of %d painted", painted)
            .isLessThan(painted / 1000);
    }

    private static byte[] pdf(ITextOutputDevice device) {
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device,
            new ITextUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL));
        renderer.setDocument(XhtmlParser.parse(PAGE), null);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.createPDF(out);
        return out.toByteArray();
    }
}
