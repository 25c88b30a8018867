package org.policydesk.documents;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xhtmlrenderer.resource.FSEntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a filled-in template into the DOM Flying Saucer lays out. Flying Saucer's own loader
 * builds the DOM through an identity XSLT transform, which took a tenth of each letter's time; a
 * namespace-aware DocumentBuilder gives the same tree directly. As there, the XHTML DTDs (for
 * entities such as &amp;nbsp;) come from Flying Saucer's jar, and nothing is ever fetched from
 * the network. One builder per thread: builders are not thread-safe.
 */
final class XhtmlParser {

    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XhtmlParser::newBuilder);

    private XhtmlParser() {
    }

    static Document parse(String xhtml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new IllegalStateException("The filled-in template is not well-formed XHTML (line " + e.getLineNumber()
                + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The filled-in template cannot be read as XHTML: " + e.getMessage(), e);
        } finally {
            builder.reset();
            builder.setEntityResolver(XhtmlParser::resolveEntity);
            builder.setErrorHandler(QUIET);
        }
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver(XhtmlParser::resolveEntity);
            builder.setErrorHandler(QUIET);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser available", e);
        }
    }

    /** A DTD Flying Saucer ships, or nothing at all: never a download. */
    private static InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
        InputSource local = FSEntityResolver.instance().resolveEntity(publicId, systemId);
        return local != null ? local : new InputSource(new StringReader(""));
    }

    /** Errors become exceptions; warnings (an unused DTD feature, say) are not worth a log line per letter. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
