package org.policydesk.documents;

import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.extend.UserAgentCallback;

/**
 * Keeps the parsed stylesheets (print.css and Flying Saucer's own user-agent sheet) for the life of
 * one renderer, that is for one document or one batch. Flying Saucer's configuration turns its
 * stylesheet cache off, so without this every letter of a batch parsed both sheets again: about a
 * sixth of the time a letter took. A new renderer, for the next document or batch, reads them
 * afresh, so a school's edit to print.css still shows at once.
 */
final class RetainedStyleReference extends StyleReference {

    RetainedStyleReference(UserAgentCallback userAgent) {
        super(userAgent);
    }

    @Override
    public void flushAllStyleSheets() {
        // Kept on purpose: see the class comment.
    }
}
