package org.policydesk.mailmerge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A finished batch: its folder under {@code output/letters/annual/<school>/}, the print-ready merged
 * PDF, the manifest and every letter with what happened to it.
 */
public record MergeResult(String batch, Path folder, Path mergedPdf, Path manifest, List<MergedLetter> letters,
                          Duration renderingTime) {

    public MergeResult {
        letters = List.copyOf(letters);
    }

    public int pages() {
        return letters.stream().mapToInt(MergedLetter::pages).sum();
    }

    public long emailed() {
        return letters.stream().filter(letter -> letter.emailed().equals(MergedLetter.SENT)).count();
    }

    public long failed() {
        return letters.stream().filter(MergedLetter::failed).count();
    }

    MergeResult withLetters(List<MergedLetter> outcome) {
        return new MergeResult(batch, folder, mergedPdf, manifest, outcome, renderingTime);
    }
}
