package org.policydesk.mailmerge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import org.policydesk.documents.DocumentRenderer;
import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Letterhead;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.PdfBatch;

/**
 * Renders the annual letter for every contact and stores the batch: one PDF per recipient, one
 * print-ready PDF of them all, and a manifest, in {@code letters/annual/<school>/<batch>/} under
 * the output folder. Every letter is filled in before any is rendered (a school without a Chair of
 * Governors stops the batch at once), the letters are rendered in as many parts as there are
 * threads, and the folder appears only when complete. Needs no Spring, so the benchmark runs it too.
 */
public final class AnnualLetters {

    static final String LETTERS_FOLDER = "letters";
    static final String MERGED_PDF = "all-letters.pdf";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Below this many letters per part, another thread costs more than it saves. */
    private static final int MIN_PER_PART = 20;

    private final DocumentRenderer renderer;
    private final OutputStore output;
    private final int threads;
    private final Clock clock;

    public AnnualLetters(DocumentRenderer renderer, OutputStore output, int threads, Clock clock) {
        this.renderer = renderer;
        this.output = output;
        this.threads = Math.max(1, threads);
        this.clock = clock;
    }

    /** {@code emailed} is what the manifest says for a letter with an email address until it is sent. */
    public MergeResult produce(Letterhead school, ContactList contacts, SchoolYear year, LocalDate returnBy,
                               String emailed, MergeProgress progress) {
        long started = System.nanoTime();
        List<String> documents = fillIn(school, contacts, year, returnBy);
        String batch = year.slug() + "-" + LocalDateTime.now(clock).format(STAMP);
        try (BatchFolder folder = BatchFolder.open(output, "letters/annual/" + school.schoolId(), batch)) {
            List<Contact> all = contacts.contacts();
            int[] pages = new int[all.size()];
            List<byte[]> parts = render(documents, all, folder, pages, progress);
            folder.write(MERGED_PDF, out -> merge(parts, school, year, out));
            List<MergedLetter> letters = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                Contact contact = all.get(i);
                letters.add(new MergedLetter(contact, fileOf(contact), pages[i],
                    contact.hasEmail() ? emailed : MergedLetter.NO_ADDRESS));
            }
            folder.write(Manifest.FILE, out -> Manifest.write(letters, out));
            Path place = folder.commit(batch);
            return new MergeResult(place.getFileName().toString(), place, place.resolve(MERGED_PDF),
                place.resolve(Manifest.FILE), letters, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private List<String> fillIn(Letterhead school, ContactList contacts, SchoolYear year, LocalDate returnBy) {
        LocalDate today = LocalDate.now(clock);
        List<String> documents = new ArrayList<>(contacts.size());
        for (Contact contact : contacts.contacts()) {
            documents.add(renderer.xhtml(DocumentTemplates.ANNUAL_RESPONSIBILITIES,
                model(school, today, contact, year, returnBy)));
        }
        return documents;
    }

    /** What the annual letter's template is given for one family (the benchmark fills letters in with it too). */
    public static Map<String, Object> model(Letterhead school, LocalDate today, Contact contact, SchoolYear year,
                                            LocalDate returnBy) {
        Map<String, Object> parent = new HashMap<>();
        parent.put("name", contact.parentName());
        parent.put("salutation", contact.salutation());
        parent.put("addressLines", contact.addressLines());
        Map<String, Object> pupil = new HashMap<>();
        pupil.put("name", contact.pupilName());
        pupil.put("className", contact.className());
        Map<String, Object> model = new HashMap<>();
        model.put("school", school);
        model.put("today", today);
        model.put("parent", parent);
        model.put("pupil", pupil);
        model.put("schoolYear", year.label());
        model.put("returnBy", returnBy);
        return model;
    }

    /** Renders the letters in contiguous parts, one per thread; each part writes its own letters away. */
    private List<byte[]> render(List<String> documents, List<Contact> contacts, BatchFolder folder, int[] pages,
                                MergeProgress progress) {
        int parts = Math.max(1, Math.min(threads, documents.size() / MIN_PER_PART));
        Ticker ticker = new Ticker(documents.size(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(parts, runnable -> {
            Thread thread = new Thread(runnable, "mail-merge-" + runnable.hashCode());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<byte[]>> futures = new ArrayList<>(parts);
            for (int part = 0; part < parts; part++) {
                int from = documents.size() * part / parts;
                int to = documents.size() * (part + 1) / parts;
                futures.add(pool.submit(() -> {
                    PdfBatch batch = renderer.pdfBatchOfXhtml(documents.subList(from, to), ticker::tick);
                    batch.split((index, range, pdf) -> {
                        pages[from + index] = range.count();
                        folder.write(fileOf(contacts.get(from + index)), pdf);
                    });
                    return batch.pdf();
                }));
            }
            List<byte[]> rendered = new ArrayList<>(parts);
            for (Future<byte[]> future : futures) {
                rendered.add(future.get());
            }
            return rendered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The mail merge was interrupted; nothing was kept.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Rendering the letters failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The parts' PDFs one after another, as one file to print. */
    private static void merge(List<byte[]> parts, Letterhead school, SchoolYear year, OutputStream out)
            throws IOException {
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, out);
        document.addTitle("Social media: your responsibilities as a parent or carer, " + year.label() + " (all letters)");
        document.addAuthor(school.name());
        document.open();
        for (byte[] part : parts) {
            PdfReader reader = new PdfReader(part);
            try {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
            } finally {
                reader.close();
            }
        }
        document.close();
    }

    /** "letters/00007-zoe-brown.pdf": the row keeps names unique and leads back to the spreadsheet. */
    static String fileOf(Contact contact) {
        String plain = Normalizer.normalize(contact.pupilName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o').replace('Đ', 'D').replace('đ', 'd')
            .replace("ß", "ss").toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-$", "");
        }
        return LETTERS_FOLDER + "/" + String.format("%05d-%s.pdf", contact.row(), plain.isEmpty() ? "letter" : plain);
    }

    /** Counts rendered letters across the threads and tells the listener, one call at a time. */
    private static final class Ticker {

        private final int total;
        private final MergeProgress progress;
        private final long started = System.nanoTime();
        private int done;

        Ticker(int total, MergeProgress progress) {
            this.total = total;
            this.progress = progress;
        }

        synchronized void tick() {
            done++;
            progress.update(new MergeProgress.Progress(MergeProgress.Stage.RENDERING, done, total,
                Duration.ofNanos(System.nanoTime() - started)));
        }
    }
}
