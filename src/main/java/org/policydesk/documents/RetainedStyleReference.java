package org.policydesk.documents;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
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

    private final LocalUserAgent userAgent;
    /** One of each kind of element seen, holding the styles matched for that kind. */
    private final Map<AlikeElements, AlikeElements> kinds = new HashMap<>();
    /** Each element's kind, and each parent's first and last element child, worked out once. */
    private final Map<Element, AlikeElements> kindOfElement = new IdentityHashMap<>();
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
        kindOfElement.clear();
        ends.clear();
        StringBuilder inline = new StringBuilder();
        StringBuilder linked = new StringBuilder();
        readHead(doc, inline, linked);
        String all = linked + "\n" + inline;
        if (!all.equals(stylesheets)) {
            kinds.clear();
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
        AlikeElements kind = kindOf(e);
        if (kind.style == null) {
            kind.style = super.getCascadedStyle(e, false);
        }
        return kind.style;
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        if (!(node instanceof Element e) || !sharing) {
            return super.getPseudoElementStyle(node, pseudoElement);
        }
        AlikeElements kind = kindOf(e);
        if (kind.pseudoElementStyles == null) {
            kind.pseudoElementStyles = new HashMap<>(4);
        }
        Map<String, Optional<CascadedStyle>> pseudoElementStyles = kind.pseudoElementStyles;
        Optional<CascadedStyle> style = pseudoElementStyles.get(pseudoElement);
        if (style == null) {
            style = Optional.ofNullable(super.getPseudoElementStyle(node, pseudoElement));
            pseudoElementStyles.put(pseudoElement, style);
        }
        return style.orElse(null);
    }

    private AlikeElements kindOf(Element e) {
        AlikeElements kind = kindOfElement.get(e);
        if (kind == null) {
            Node[] firstAndLast = ends.computeIfAbsent(e.getParentNode(), RetainedStyleReference::firstAndLastElement);
            AlikeElements parent = e.getParentNode() instanceof Element element ? kindOf(element) : null;
            kind = kinds.computeIfAbsent(new AlikeElements(parent, e.getNamespaceURI(), e.getNodeName(), attributes(e),
                e == firstAndLast[0], e == firstAndLast[1]), alike -> alike);
            kindOfElement.put(e, kind);
        }
        return kind;
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
     * Elements that selectors cannot tell apart when none picks by sibling or place: the same name and
     * attributes (the id only when a selector picks by id), both first or both not, both last or both
     * not, and the same of each of their ancestors. Only one of each is kept (in {@code kinds}), so a
     * parent is compared by identity, and its hash is worked out once: a style is looked up for every
     * box Flying Saucer builds, and hashing the chain of ancestors each time (as a record does, through
     * method handles the batch JVM's compiler does not inline) was a third of a register's layout.
     */
    private static final class AlikeElements {
        private final AlikeElements parent;
        private final String namespace;
        private final String name;
        private final String attributes;
        private final boolean first;
        private final boolean last;
        private final int hash;
        /** Matched for the first of these elements, then used for all of them. */
        private CascadedStyle style;
        /** Made when first asked for, not for each throwaway key that finds its kind already kept. */
        private Map<String, Optional<CascadedStyle>> pseudoElementStyles;

        AlikeElements(AlikeElements parent, String namespace, String name, String attributes, boolean first, boolean last) {
            this.parent = parent;
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
            this.first = first;
            this.last = last;
            int hash = System.identityHashCode(parent);
            hash = 31 * hash + Objects.hashCode(namespace);
            hash = 31 * hash + name.hashCode();
            hash = 31 * hash + attributes.hashCode();
            this.hash = 4 * hash + (first ? 2 : 0) + (last ? 1 : 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AlikeElements alike && hash == alike.hash && parent == alike.parent
                && first == alike.first && last == alike.last && name.equals(alike.name)
                && Objects.equals(namespace, alike.namespace) && attributes.equals(alike.attributes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
