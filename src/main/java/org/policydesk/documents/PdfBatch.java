package org.policydesk.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;

/**
 * Many documents rendered into one PDF (fonts are subset once, which is what makes a thousand
 * letters fast), with the pages each document occupies so that it can be split again.
 */
public record PdfBatch(byte[] pdf, List<Pages> documents) {

    /** Pages {@code first} to {@code last} (1-based, inclusive) of the merged PDF. */
    public record Pages(int first, int last, String title) {

        public int count() {
            return last - first + 1;
        }
    }

    public PdfBatch {
        documents = List.copyOf(documents);
    }

    public int size() {
        return documents.size();
    }

    /** Every document as its own PDF, in order; the merged file is read once. */
    public List<byte[]> split() {
        PdfReader reader = reader();
        try {
            List<byte[]> parts = new ArrayList<>(documents.size());
            for (Pages pages : documents) {
                parts.add(copy(reader, pages));
            }
            return parts;
        } finally {
            reader.close();
        }
    }

    /** Receives each document of a batch in turn, as its own PDF. */
    @FunctionalInterface
    public interface DocumentConsumer {
        void accept(int index, Pages pages, byte[] pdf);
    }

    /**
     * Every document as its own PDF, handed over one at a time, so that a caller can write each away
     * without the whole batch's worth of small PDFs in memory at once; the merged file is read once.
     */
    public void split(DocumentConsumer consumer) {
        PdfReader reader = reader();
        try {
            for (int i = 0; i < documents.size(); i++) {
                consumer.accept(i, documents.get(i), copy(reader, documents.get(i)));
            }
        } finally {
            reader.close();
        }
    }

    public byte[] document(int index) {
        PdfReader reader = reader();
        try {
            return copy(reader, documents.get(index));
        } finally {
            reader.close();
        }
    }

    private PdfReader reader() {
        try {
            return new PdfReader(pdf);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The merged PDF cannot be read back", e);
        }
    }

    private static byte[] copy(PdfReader reader, Pages pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            if (pages.title() != null) {
                document.addTitle(pages.title());
            }
            document.addAuthor(String.valueOf(reader.getInfo().getOrDefault("Author", "")));
            document.open();
            for (int page = pages.first(); page <= pages.last(); page++) {
                copy.addPage(copy.getImportedPage(reader, page));
            }
            document.close();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot copy pages " + pages.first() + "-" + pages.last(), e);
        }
        return out.toByteArray();
    }
}
