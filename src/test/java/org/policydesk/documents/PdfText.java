package org.policydesk.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, as a reader (or a screen reader) would. */
public final class PdfText {

    private PdfText() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pageText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "page 2: Helvetica" for every font used on any page that is not embedded in the file. */
    public static List<String> fontsNotEmbedded(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add("page " + number + ": " + font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return missing;
    }

    /** How many fonts each page uses (a page with text but no font would be suspicious). */
    public static List<Integer> fontCountPerPage(byte[] pdf) {
        List<Integer> counts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                int count = 0;
                for (COSName ignored : page.getResources().getFontNames()) {
                    count++;
                }
                counts.add(count);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    public static String title(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String author(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getAuthor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int images(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            PDResources resources = document.getPage(page - 1).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
