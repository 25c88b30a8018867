package org.policydesk.documents;

import java.util.regex.Pattern;

/**
 * Whether a stylesheet may pick an element by the siblings before it or by its place in the list
 * ({@code a + b}, {@code a ~ b}, {@code :nth-child(...)}, {@code :even}, {@code :odd}). Without such
 * selectors, two elements with the same parent, name and attributes that are both (or both not) the
 * first and the last child get the same style, which {@link RetainedStyleReference} relies on. The
 * test errs on the safe side: a "+" or "~" anywhere outside a comment counts.
 */
final class SiblingSelectors {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private SiblingSelectors() {
    }

    static boolean mayBeIn(String css) {
        String text = COMMENT.matcher(css).replaceAll(" ");
        return text.indexOf('+') >= 0 || text.indexOf('~') >= 0 || text.contains("nth-") || text.contains(":even")
            || text.contains(":odd");
    }
}
