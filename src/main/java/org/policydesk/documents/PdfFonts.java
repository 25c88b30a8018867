package org.policydesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.Deflater;

import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The Liberation fonts (metric-compatible with Arial and Times New Roman, covering Latin Extended
 * and Vietnamese), embedded as Identity-H so that any name prints: Zoë, Łukasz, Nguyễn Thị Hương.
 * They are parsed once per application into font families that each new renderer shares (the
 * families are only read while rendering), which keeps a single letter's set-up to microseconds.
 */
final class PdfFonts {

    static final String SANS = "Liberation Sans";
    static final String SERIF = "Liberation Serif";

    private static final String[] FILES = {
        "LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic",
        "LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic",
    };

    private final Map<String, FontFamily> families;
    private BaseFont sansRegular;

    PdfFonts() {
        ITextFontResolver prototype = new ITextFontResolver();
        for (String file : FILES) {
            String resource = "liberation/" + file + ".ttf";
            try {
                BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                    read(resource), null);
                font.setCompressionLevel(Deflater.BEST_SPEED); // like the pages: each document embeds its subset
                prototype.addFont(font, resource, file.startsWith("LiberationSans") ? SANS : SERIF);
                if (file.equals("LiberationSans-Regular")) {
                    sansRegular = font;
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot load the font " + resource, e);
            }
        }
        families = Map.of(SANS, prototype.getFonts().get(SANS), SERIF, prototype.getFonts().get(SERIF));
        if (families.values().stream().anyMatch(family -> family.getFontDescriptions().size() != 4)) {
            throw new IllegalStateException("Expected regular, bold, italic and bold italic of " + families.keySet());
        }
    }

    /** The body text font, for what PolicyDesk writes onto a finished PDF itself (page numbers). */
    BaseFont sansRegular() {
        return sansRegular;
    }

    void addTo(ITextFontResolver resolver) {
        resolver.getFonts().putAll(families);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the class path "
                    + "(it comes with com.github.librepdf:openpdf-fonts-extra).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the font " + resource, e);
        }
    }
}
