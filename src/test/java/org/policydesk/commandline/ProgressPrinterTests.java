package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.policydesk.mailmerge.MergeProgress.Progress;
import org.policydesk.mailmerge.MergeProgress.Stage;

class ProgressPrinterTests {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();
    private final ProgressPrinter printer = new ProgressPrinter(new PrintStream(printed, true, StandardCharsets.UTF_8),
        now::get);

    @Test
    void printsAtMostOnceASecondAndAlwaysTheLastLine() {
        for (int done = 1; done <= 1000; done++) {
            now.set(done * 4_000_000L); // 4 ms a letter: 250 letters a second
            printer.update(new Progress(Stage.RENDERING, done, 1000, Duration.ofNanos(now.get())));
        }

        assertThat(lines()).containsExactly(
            "Rendering letters: 250 of 1,000 (250 letters/s, about 3.0 s left)",
            "Rendering letters: 500 of 1,000 (250 letters/s, about 2.0 s left)",
            "Rendering letters: 750 of 1,000 (250 letters/s, about 1.0 s left)",
            "Rendering letters: 1,000 of 1,000 (250 letters/s, done in 4.0 s)");
    }

    @Test
    void longWaitsReadInMinutes() {
        assertThat(ProgressPrinter.line(new Progress(Stage.SENDING, 100, 1300, Duration.ofSeconds(10))))
            .isEqualTo("Sending emails: 100 of 1,300 (10 emails/s, about 2 min 0 s left)");
    }

    private String[] lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }
}
