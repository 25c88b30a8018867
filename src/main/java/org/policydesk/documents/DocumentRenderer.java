package org.policydesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Model + template -> XHTML -> PDF. A fresh Flying Saucer renderer per call (or per batch): a
 * renderer is not thread-safe and, reused, keeps the first document's title. Fonts are parsed once
 * for the application and handed to each renderer ready-made.
 */
@Component
public class DocumentRenderer {

    private static final float DOTS_PER_POINT = ITextRenderer.DEFAULT_DOTS_PER_POINT;
    private static final int DOTS_PER_PIXEL = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;

    private final TemplateEngine templates;
    private final PdfFonts fonts = new PdfFonts();
    private final PdfImages images = new PdfImages();
    private final String baseUri;

    public DocumentRenderer(DocumentSettings settings) {
        this.templates = new TemplateEngine(settings.templatesDir());
        this.baseUri = templates.templatesDir().toUri().toString();
    }

    /** The filled-in template, as XHTML; throws {@link MissingDocumentDataException} naming a missing field. */
    public String xhtml(String template, Map<String, ?> model) {
        return templates.process(template, model);
    }

    public byte[] pdf(String template, Map<String, ?> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf(template, model, out);
        return out.toByteArray();
    }

    /** Renders straight into {@code out}; the template is filled in completely before a byte is written. */
    public void pdf(String template, Map<String, ?> model, OutputStream out) {
        String xhtml = xhtml(template, model);
        ITextRenderer renderer = newRenderer();
        setDocument(renderer, xhtml);
        renderer.layout();
        renderer.createPDF(out);
    }

    /**
     * Renders every model with the same template into ONE PDF, fonts subset once for the lot. All
     * templates are filled in before rendering starts, so one bad row stops the batch before any PDF
     * is made.
     */
    public PdfBatch pdfBatch(String template, List<? extends Map<String, ?>> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to render: the batch is empty.");
        }
        List<String> pages = new ArrayList<>(models.size());
        for (Map<String, ?> model : models) {
            pages.add(xhtml(template, model));
        }
        return pdfBatchOfXhtml(pages, () -> { });
    }

    /**
     * Renders documents already filled in with {@link #xhtml} into ONE PDF, fonts subset once for the
     * lot; {@code afterEach} runs as each document is written (for progress). Lets a caller fill in a
     * whole batch before rendering any of it, then render parts of it on several threads.
     */
    public PdfBatch pdfBatchOfXhtml(List<String> documents, Runnable afterEach) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to render: the batch is empty.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(documents.size() * 8 * 1024);
        ITextRenderer renderer = newRenderer();
        List<PdfBatch.Pages> ranges = new ArrayList<>(documents.size());
        int next = 1;
        for (int i = 0; i < documents.size(); i++) {
            setDocument(renderer, documents.get(i));
            renderer.layout();
            if (i == 0) {
                renderer.createPDF(out, false);
            } else {
                renderer.writeNextDocument();
            }
            int count = renderer.getRootBox().getLayer().getPages().size();
            ranges.add(new PdfBatch.Pages(next, next + count - 1, titleOf(renderer)));
            next += count;
            afterEach.run();
        }
        renderer.finishPDF();
        return new PdfBatch(out.toByteArray(), ranges);
    }

    private void setDocument(ITextRenderer renderer, String xhtml) {
        renderer.setDocument(XhtmlParser.parse(xhtml), baseUri);
    }

    /** The current document's own title: the PDF's metadata keeps the first one for the whole batch. */
    private static String titleOf(ITextRenderer renderer) {
        var titles = renderer.getDocument().getElementsByTagName("title");
        return titles.getLength() == 0 ? null : titles.item(0).getTextContent().strip();
    }

    Path templatesDir() {
        return templates.templatesDir();
    }

    private ITextRenderer newRenderer() {
        ITextOutputDevice device = new ITextOutputDevice(DOTS_PER_POINT);
        LocalUserAgent userAgent = new LocalUserAgent(device, DOTS_PER_PIXEL, templates.templatesDir(), images);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, userAgent);
        renderer.getSharedContext().setCss(new RetainedStyleReference(userAgent));
        fonts.addTo(renderer.getFontResolver());
        return renderer;
    }
}
