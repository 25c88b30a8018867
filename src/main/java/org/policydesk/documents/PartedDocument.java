package org.policydesk.documents;

import java.util.HashMap;
import java.util.Map;

/**
 * A long document of numbered items (a register's rows) that {@link DocumentRenderer#pdfInParts}
 * lays out a part at a time. The template marks each item's element with {@code id="item-<n>"}, so
 * that the renderer can tell which items landed on a part's last page and carry them into the next.
 */
public interface PartedDocument {

    /** How many items the whole document has. */
    int items();

    /**
     * The model of the part holding items {@code first} (inclusive) to {@code end} (exclusive).
     * {@code first == 0} is the start of the document (letterhead, title); later parts continue it.
     * The template must leave "Page x of y" to the renderer ({@code stampedPageNumbers=true} on the
     * layout's document macro): each part only knows its own pages.
     */
    Map<String, ?> part(int first, int end);

    /** This document with {@code fields} (the letterhead, today's date) in the model of every part; a part's own fields win. */
    default PartedDocument with(Map<String, ?> fields) {
        PartedDocument document = this;
        return new PartedDocument() {
            @Override
            public int items() {
                return document.items();
            }

            @Override
            public Map<String, ?> part(int first, int end) {
                Map<String, Object> part = new HashMap<>(fields);
                part.putAll(document.part(first, end));
                return part;
            }
        };
    }
}
