package org.policydesk.documents;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;

/**
 * Keeps the parsed stylesheets (print.css and Flying Saucer's own user-agent sheet) for the life of
 * one renderer, that is for one document or one batch. Flying Saucer's configuration turns its
 * stylesheet cache off, so without this every letter of a batch parsed both sheets again: about a
 * sixth of the time a letter took. A new renderer, for the next document or batch, reads them
 * afresh, so a school's edit to print.css still shows at once.
 *
 * <p>It also matches elements against the stylesheets once for all that are alike: a register's
 * cells, a letter's paragraphs. Flying Saucer tests every element against every selector (about 180
 * with its own sheet), which was a third of the time laying out a register and nearly a quarter of a
 * letter. Elements alike in name, attributes, being first or last child, and the same of all their
 * ancestors, match the same selectors, unless a stylesheet picks elements by the siblings before them
 * or their place in the list: then every element is matched on its own (see {@link SelectorKinds}).
 * The styles are kept from one document to the next while the stylesheets stay the same, as they do
 * for the letters of a batch.
 */
final class RetainedStyleReference extends StyleReference {

    /** What stands above the root element in every key, so that like documents share their styles. */
    private static final String DOCUMENT = "document";

    private final LocalUserAgent userAgent;
    private final Map<StyleKey, CascadedStyle> styles = new HashMap<>();
    private final Map<StyleKey.Pseudo, Optional<CascadedStyle>> pseudoStyles = new HashMap<>();
    /** Each element's key, and each parent's first and last element child, worked out once. */
    private final Map<Element, StyleKey> keys = new IdentityHashMap<>();
    private final Map<Node, Node[]> ends = new IdentityHashMap<>();
    private boolean sharing;
    private boolean idsMatter;
    /** The stylesheets the styles above were matched against: the same for every letter of a batch. */
    private String stylesheets;

    RetainedStyleReference(LocalUserAgent userAgent) {
        super(userAgent);
        this.userAgent = userAgent;
    }

    @Override
    public void flushAllStyleSheets() {
        // Kept on purpose: see the class comment.
    }

    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler nsh, Document doc, UserInterface ui) {
        super.setDocumentContext(context, nsh, doc, ui);
        keys.clear();
        ends.clear();
        StringBuilder inline = new StringBuilder();
        StringBuilder linked = new StringBuilder();
        readHead(doc, inline, linked);
        String all = linked + "\n" + inline;
        if (!all.equals(stylesheets)) {
            styles.clear();
            pseudoStyles.clear();
            stylesheets = all;
        }
        sharing = !userAgent.loadedSiblingSelectors() && !SelectorKinds.mayPickBySiblings(inline.toString());
        idsMatter = userAgent.loadedIdSelectors() || SelectorKinds.mayPickById(inline.toString());
    }

    /** The text of the document's own style elements, and the stylesheets it links to (both in its head). */
    private static void readHead(Document doc, StringBuilder inline, StringBuilder linked) {
        Node head = doc.getDocumentElement().getFirstChild();
        while (head != null && !"head".equals(nameOf(head))) {
            head = head.getNextSibling();
        }
        for (Node child = head == null ? null : head.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("style".equals(nameOf(child))) {
                inline.append(child.getTextContent()).append('\n');
            } else if ("link".equals(nameOf(child)) && child instanceof Element link) {
                linked.append(link.getAttribute("href")).append(' ').append(link.getAttribute("media")).append('\n');
            }
        }
    }

    private static String nameOf(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    @Override
    public CascadedStyle getCascadedStyle(Element e, boolean restyle) {
        if (e == null || restyle || !sharing) {
            return super.getCascadedStyle(e, restyle);
        }
        StyleKey key = keyOf(e);
        CascadedStyle style = styles.get(key);
        if (style == null) {
            style = super.getCascadedStyle(e, false);
            styles.put(key, style);
        }
        return style;
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        if (!(node instanceof Element e) || !sharing) {
            return super.getPseudoElementStyle(node, pseudoElement);
        }
        StyleKey.Pseudo key = new StyleKey.Pseudo(keyOf(e), pseudoElement);
        Optional<CascadedStyle> style = pseudoStyles.get(key);
        if (style == null) {
            style = Optional.ofNullable(super.getPseudoElementStyle(node, pseudoElement));
            pseudoStyles.put(key, style);
        }
        return style.orElse(null);
    }

    private StyleKey keyOf(Element e) {
        StyleKey key = keys.get(e);
        if (key == null) {
            Node[] firstAndLast = ends.computeIfAbsent(e.getParentNode(), RetainedStyleReference::firstAndLastElement);
            Object parent = e.getParentNode() instanceof Element element ? keyOf(element) : DOCUMENT;
            key = new StyleKey(parent, e.getNamespaceURI(), e.getNodeName(), attributes(e),
                e == firstAndLast[0], e == firstAndLast[1]);
            keys.put(e, key);
        }
        return key;
    }

    /** Forwards only: a DOM may find a node's previous sibling by walking from the first. */
    private static Node[] firstAndLastElement(Node parent) {
        Node first = null;
        Node last = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (first == null) {
                    first = child;
                }
                last = child;
            }
        }
        return new Node[] {first, last};
    }

    private String attributes(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        if (attributes.getLength() == 0) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if (!idsMatter && "id".equals(attribute.getNodeName())) {
                continue;
            }
            all.append(attribute.getNodeName()).append('=').append(attribute.getNodeValue()).append('\n');
        }
        return all.toString();
    }

    /**
     * What selectors can tell apart when none picks by sibling or place: the element's name and
     * attributes (the id only when a selector picks by id), whether it is the first or last child,
     * and the same of each of its ancestors.
     */
    private record StyleKey(Object parent, String namespace, String name, String attributes, boolean first, boolean last) {

        private record Pseudo(StyleKey element, String pseudoElement) {
        }
    }
}
