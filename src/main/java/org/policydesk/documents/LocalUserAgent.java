package org.policydesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * Lets a document load images and stylesheets from the templates folder and nowhere else (besides
 * Flying Saucer's own default stylesheet): no network fetches while rendering (fast, and nothing
 * leaks), and no files from elsewhere on disk.
 */
final class LocalUserAgent extends ITextUserAgent {

    private static final Logger log = LoggerFactory.getLogger(LocalUserAgent.class);

    /** The user-agent stylesheet Flying Saucer loads from its own jar (display: block for div, and so on). */
    private static final String DEFAULT_STYLESHEET = defaultStylesheet();

    private final Path root;
    private final PdfImages images;
    private final int dotsPerPixel;
    private boolean siblingSelectors;
    private boolean idSelectors;

    LocalUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel, Path root, PdfImages images) {
        super(outputDevice, dotsPerPixel);
        this.root = root;
        this.images = images;
        this.dotsPerPixel = dotsPerPixel;
    }

    @Override
    public ImageResource getImageResource(String uri) {
        String resolved = resolveURI(uri);
        try {
            return new ImageResource(resolved, new ITextFSImage(images.load(local(resolved), dotsPerPixel)));
        } catch (IOException | RuntimeException e) {
            log.warn("A document could not show the image {}: {}", resolved, e.getMessage());
            return new ImageResource(resolved, null);
        }
    }

    /** Reads the stylesheet whole to note whether it picks elements by siblings or ids (see {@link SelectorKinds}). */
    @Override
    public CSSResource getCSSResource(String uri) {
        InputStream in = resolveAndOpenStream(uri);
        if (in == null) {
            return new CSSResource(null);
        }
        byte[] css;
        try (in) {
            css = in.readAllBytes();
        } catch (IOException e) {
            log.warn("A document could not read the stylesheet {}: {}", uri, e.getMessage());
            return new CSSResource(null);
        }
        String text = new String(css, StandardCharsets.UTF_8);
        siblingSelectors |= SelectorKinds.mayPickBySiblings(text);
        idSelectors |= SelectorKinds.mayPickById(text);
        return new CSSResource(new ByteArrayInputStream(css));
    }

    /** Whether a stylesheet loaded so far may pick elements by their siblings or place among them. */
    boolean loadedSiblingSelectors() {
        return siblingSelectors;
    }

    /** Whether a stylesheet loaded so far may pick elements by their id. */
    boolean loadedIdSelectors() {
        return idSelectors;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (uri.equals(DEFAULT_STYLESHEET)) {
            return super.openStream(uri);
        }
        return Files.newInputStream(local(uri));
    }

    /** The file a URI points to, provided it is inside the templates folder. */
    private Path local(String uri) throws IOException {
        if (uri == null) {
            throw new IOException("An image or stylesheet has no address.");
        }
        Path path;
        try {
            URI parsed = URI.create(uri);
            if (!"file".equals(parsed.getScheme())) {
                throw new IOException("Documents may only use files from the templates folder, not " + uri);
            }
            path = Path.of(parsed).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            throw new IOException("Not a usable address: " + uri, e);
        }
        if (!path.startsWith(root)) {
            throw new IOException("Documents may only use files from the templates folder, not " + uri);
        }
        return path;
    }

    private static String defaultStylesheet() {
        URL url = org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler.class
            .getResource("/resources/css/XhtmlNamespaceHandler.css");
        if (url == null) {
            throw new IllegalStateException("Flying Saucer's default stylesheet is missing from the class path.");
        }
        return url.toString();
    }
}
