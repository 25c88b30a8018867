package org.policydesk.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfReader;

/**
 * Joins the PDFs of a document laid out in parts into one, writing "Page x of y" on each page as it
 * is copied, where print.css's {@code @bottom-right} margin box puts it (same font, size, colour and
 * place): a part knows its own pages, not the whole document's. The first part's title, author and
 * subject become the document's.
 */
final class JoinedParts {

    private static final float FONT_SIZE = 8f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    /** The margin box's padding-top in print.css (3 mm), plus the text's ascent below it. */
    private static final float BASELINE_BELOW_MARGIN = 3 * 72f / 25.4f + 7.85f;

    private JoinedParts() {
    }

    /**
     * @param rightMargin  the pages' right margin in points: each number ends there
     * @param bottomMargin the pages' bottom margin in points: each number sits at the top of it
     */
    static byte[] join(List<byte[]> parts, BaseFont font, float rightMargin, float bottomMargin) {
        List<PdfReader> readers = new ArrayList<>(parts.size());
        try {
            int pages = 0;
            for (byte[] part : parts) {
                PdfReader reader = new PdfReader(part);
                readers.add(reader);
                pages += reader.getNumberOfPages();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(parts.stream().mapToInt(part -> part.length).sum());
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, out);
            describe(document, readers.get(0).getInfo());
            document.open();
            Font style = new Font(font, FONT_SIZE, Font.NORMAL, GREY);
            int number = 0;
            for (PdfReader reader : readers) {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    number++;
                    PdfImportedPage imported = copy.getImportedPage(reader, page);
                    PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
                    Rectangle size = reader.getPageSize(page);
                    ColumnText.showTextAligned(stamp.getOverContent(), Element.ALIGN_RIGHT,
                        new Phrase("Page " + number + " of " + pages, style), size.getWidth() - rightMargin,
                        bottomMargin - BASELINE_BELOW_MARGIN, 0);
                    stamp.alterContents();
                    copy.addPage(imported);
                }
                copy.freeReader(reader);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not join the parts of a document", e);
        } finally {
            readers.forEach(PdfReader::close);
        }
    }

    private static void describe(Document document, Map<String, String> info) {
        if (info.get("Title") != null) {
            document.addTitle(info.get("Title"));
        }
        if (info.get("Author") != null) {
            document.addAuthor(info.get("Author"));
        }
        if (info.get("Subject") != null) {
            document.addSubject(info.get("Subject"));
        }
    }
}
