package org.policydesk.documents;

import java.util.regex.Pattern;

/**
 * What a stylesheet may pick elements by, beyond their name, attributes and ancestors:
 * <ul>
 * <li>the siblings before them or their place in the list ({@code a + b}, {@code a ~ b},
 *     {@code :nth-child(...)}, {@code :even}, {@code :odd});</li>
 * <li>their id ({@code #item-7}, {@code [id...]}).</li>
 * </ul>
 * {@link RetainedStyleReference} gives elements alike in everything else one style, so it must know.
 * The tests err on the safe side: any "+" or "~" outside a comment counts, and any "#" outside the
 * declarations of a rule.
 */
final class SelectorKinds {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern DECLARATIONS = Pattern.compile("\\{[^{}]*}");

    private SelectorKinds() {
    }

    static boolean mayPickBySiblings(String css) {
        String text = COMMENT.matcher(css).replaceAll(" ");
        return text.indexOf('+') >= 0 || text.indexOf('~') >= 0 || text.contains("nth-") || text.contains(":even")
            || text.contains(":odd");
    }

    static boolean mayPickById(String css) {
        String selectors = DECLARATIONS.matcher(COMMENT.matcher(css).replaceAll(" ")).replaceAll(" ");
        return selectors.indexOf('#') >= 0 || selectors.contains("[id");
    }
}
