package org.policydesk.commandline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.policydesk.mailmerge.MergeProgress;

/**
 * Prints a long batch's progress, "Rendering letters: 412 of 1,000 (287 letters/s, about 2 s left)",
 * at most once a second, plus the last line of each stage, so a log of a big run stays readable.
 */
final class ProgressPrinter implements MergeProgress {

    private static final long SECOND = 1_000_000_000L;

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private long lastPrinted;

    ProgressPrinter(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.lastPrinted = nanoClock.getAsLong();
    }

    @Override
    public synchronized void update(Progress progress) {
        long now = nanoClock.getAsLong();
        if (progress.finished() || now - lastPrinted >= SECOND) {
            out.println(line(progress));
            lastPrinted = now;
        }
    }

    static String line(Progress progress) {
        String unit = progress.stage().unit();
        StringBuilder line = new StringBuilder(String.format(Locale.UK, "%s: %,d of %,d (%,.0f %s/s",
            progress.stage().label(), progress.done(), progress.total(), progress.rate(), unit));
        Duration left = progress.timeLeft();
        if (progress.finished()) {
            line.append(", done in ").append(words(progress.elapsed()));
        } else if (left != null) {
            line.append(", about ").append(words(left)).append(" left");
        }
        return line.append(')').toString();
    }

    private static String words(Duration duration) {
        if (duration.toMillis() < 10_000) {
            return String.format(Locale.UK, "%.1f s", duration.toMillis() / 1000.0);
        }
        long seconds = Math.round(duration.toMillis() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
