package org.policydesk.mailmerge;

import java.time.Duration;

/**
 * Hears how a merge is getting on: called after each letter is rendered and after each group of
 * emails is sent, possibly from several threads (one at a time). A listener that prints should
 * throttle itself: it may be called hundreds of times a second.
 */
@FunctionalInterface
public interface MergeProgress {

    MergeProgress NONE = progress -> { };

    void update(Progress progress);

    enum Stage {
        RENDERING("Rendering letters", "letters"), SENDING("Sending emails", "emails");

        private final String label;
        private final String unit;

        Stage(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }

    /** {@code done} of {@code total} at {@code elapsed} since the stage began. */
    record Progress(Stage stage, int done, int total, Duration elapsed) {

        /** Items per second so far (0 before the first is done). */
        public double rate() {
            double seconds = elapsed.toNanos() / 1e9;
            return done == 0 || seconds <= 0 ? 0 : done / seconds;
        }

        /** At the rate so far; null until there is a rate to go by. */
        public Duration timeLeft() {
            double rate = rate();
            return rate == 0 ? null : Duration.ofMillis(Math.round((total - done) / rate * 1000));
        }

        public boolean finished() {
            return done >= total;
        }
    }
}
