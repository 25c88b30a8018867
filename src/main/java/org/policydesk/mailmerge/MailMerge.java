package org.policydesk.mailmerge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.policydesk.documents.DocumentRenderer;
import org.policydesk.documents.Letterhead;
import org.policydesk.documents.Letterheads;
import org.policydesk.documents.OutputStore;
import org.springframework.stereotype.Service;

/**
 * The annual "your responsibilities on social media" letter to every family on the office's contact
 * list. Everything that could stop the batch is checked first (the list, the school, the return date,
 * the mail settings when sending); then the letters are made and stored as one batch; then, if asked,
 * each is emailed with its PDF attached. A failed email is recorded in the manifest and the rest go on.
 * <pre>
 * MergeResult result = mailMerge.merge(new MergeRequest("keston", ContactLists.read(file),
 *     SchoolYear.parse("2026-27"), LocalDate.of(2026, 12, 18), false), MergeProgress.NONE);
 * </pre>
 */
@Service
public class MailMerge {

    /** What the manifest says of a letter to be emailed, until it has been. */
    static final String TO_BE_SENT = "to be sent";

    private final AnnualLetters letters;
    private final Letterheads letterheads;
    private final LetterMailer mailer;
    private final OutputStore output;
    private final Clock clock;

    MailMerge(DocumentRenderer renderer, OutputStore output, Letterheads letterheads, LetterMailer mailer,
              MailMergeSettings settings, Clock clock) {
        this.letters = new AnnualLetters(renderer, output, settings.threads(), clock);
        this.letterheads = letterheads;
        this.mailer = mailer;
        this.output = output;
        this.clock = clock;
    }

    public MergeResult merge(MergeRequest request, MergeProgress progress) {
        LocalDate today = LocalDate.now(clock);
        if (request.returnBy() != null && !request.returnBy().isAfter(today)) {
            throw new IllegalArgumentException("The return date " + request.returnBy() + " is not after today ("
                + today + "): give the date by which families should return the slip.");
        }
        if (request.send()) {
            mailer.checkReady();
        }
        Letterhead school = letterheads.of(request.schoolId());
        MergeResult result = letters.produce(school, request.contacts(), request.schoolYear(), request.returnBy(),
            request.send() ? TO_BE_SENT : MergedLetter.NOT_ASKED, progress);
        if (!request.send()) {
            return result;
        }
        List<MergedLetter> sent = mailer.send(school, request.schoolYear(), request.returnBy(), result, progress);
        String manifest = output.root().relativize(result.manifest()).toString().replace('\\', '/');
        output.write(manifest, out -> Manifest.write(sent, out));
        return result.withLetters(sent);
    }
}
