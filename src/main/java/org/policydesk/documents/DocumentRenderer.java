package org.policydesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;

import org.springframework.stereotype.Component;
import org.xhtmlrenderer.css.style.derived.RectPropertySet;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Model + template -> XHTML -> PDF. A fresh Flying Saucer renderer per call (or per batch): a
 * renderer is not thread-safe and, reused, keeps the first document's title. Fonts are parsed once
 * for the application and handed to each renderer ready-made.
 */
@Component
public class DocumentRenderer {

    private static final float DOTS_PER_POINT = ITextRenderer.DEFAULT_DOTS_PER_POINT;
    private static final int DOTS_PER_PIXEL = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
    /**
     * Items (register rows) laid out at once by {@link #pdfInParts}: about 7 landscape pages. Smaller
     * parts die young, so the collector copies less (docs/performance.md has the figures); much
     * smaller ones repeat the font subset in too many parts.
     */
    private static final int ITEMS_A_PART = 250;
    private static final String ITEM_ID = "item-";

    /**
     * Page contents compressed at zlib's fastest level instead of its default (6): deflating was half of
     * a register's painting, and the fastest level makes files only a little larger. (Fonts follow their
     * own level, set in {@link PdfFonts}.)
     */
    private static final PDFCreationListener FAST_COMPRESSION = new DefaultPDFCreationListener() {
        @Override
        public void preOpen(ITextRenderer renderer) {
            renderer.getWriter().setCompressionLevel(Deflater.BEST_SPEED);
        }
    };

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

    /**
     * Renders a long document (a register of thousands of rows) a part at a time, so that its memory
     * does not grow with its length: Flying Saucer keeps every box of a document until the document
     * is painted (about 25 KB a register row). Each part is laid out, its last page dropped and the
     * items that were on it carried into the next part, so the pages come out as the whole document
     * laid out in one go would have them. While one part is laid out, the part before it is painted
     * on a second thread (each stage is about half the work); the parts' PDFs are then joined and
     * numbered "Page x of y".
     */
    public byte[] pdfInParts(String template, PartedDocument document) {
        if (document.items() == 0) {
            throw new IllegalArgumentException("There is nothing to render: the document has no items.");
        }
        ExecutorService painter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "policydesk-pdf-painter");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<byte[]>> parts = new ArrayList<>();
            float[] margins = null;
            int first = 0;
            while (first < document.items()) {
                int end = Math.min(first + ITEMS_A_PART, document.items());
                ITextRenderer renderer = newRenderer();
                setDocument(renderer, xhtml(template, document.part(first, end)));
                renderer.layout();
                List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
                int next = end;
                if (end < document.items() && pages.size() > 1) {
                    int carried = firstItemOn(renderer, pages.get(pages.size() - 1));
                    if (carried > first && carried < end) {
                        pages.remove(pages.size() - 1);
                        next = carried;
                    }
                }
                if (margins == null) {
                    margins = rightAndBottomMargins(renderer, pages.get(0));
                }
                if (parts.size() >= 2) {
                    // At most one part waits to be painted while the next is laid out: two parts' boxes in memory.
                    finished(parts.get(parts.size() - 2));
                }
                parts.add(painter.submit(() -> paint(renderer)));
                first = next;
            }
            List<byte[]> pdfs = new ArrayList<>(parts.size());
            for (Future<byte[]> part : parts) {
                pdfs.add(finished(part));
            }
            return JoinedParts.join(pdfs, fonts.sansRegular(), margins[0], margins[1]);
        } finally {
            painter.shutdownNow();
        }
    }

    private static byte[] paint(ITextRenderer renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.createPDF(out);
        return out.toByteArray();
    }

    private static byte[] finished(Future<byte[]> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rendering was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("A part of the document could not be painted", e.getCause());
        }
    }

    /**
     * The lowest item number that starts on {@code page}, or -1 when none does, or when an item from
     * an earlier page runs on into it (a row taller than a page): dropping the page would lose its end.
     */
    private static int firstItemOn(ITextRenderer renderer, PageBox page) {
        int first = Integer.MAX_VALUE;
        for (Map.Entry<String, Box> entry : renderer.getSharedContext().getIdMap().entrySet()) {
            if (!entry.getKey().startsWith(ITEM_ID)) {
                continue;
            }
            Box item = entry.getValue();
            if (item.getAbsY() >= page.getTop()) {
                first = Math.min(first, Integer.parseInt(entry.getKey().substring(ITEM_ID.length())));
            } else if (item.getAbsY() + item.getHeight() > page.getTop()) {
                return -1;
            }
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    private static float[] rightAndBottomMargins(ITextRenderer renderer, PageBox page) {
        RectPropertySet margin = page.getMargin(renderer.getSharedContext()
            .newLayoutContextInstance(new ITextFontContext()));
        return new float[] {margin.right() / DOTS_PER_POINT, margin.bottom() / DOTS_PER_POINT};
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
        ITextOutputDevice device = new PlainBoxOutputDevice(DOTS_PER_POINT);
        LocalUserAgent userAgent = new LocalUserAgent(device, DOTS_PER_PIXEL, templates.templatesDir(), images);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, userAgent);
        renderer.getSharedContext().setCss(new RetainedStyleReference(userAgent));
        fonts.addTo(renderer.getFontResolver());
        renderer.setListener(FAST_COMPRESSION);
        return renderer;
    }
}
