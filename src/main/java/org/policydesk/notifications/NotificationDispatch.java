package org.policydesk.notifications;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One background thread for the new-task emails: it runs outside the engine's command and the
 * request, with its own database work, and sends in order without flooding the mail server.
 */
@Component
class NotificationDispatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatch.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "policydesk-notifications");
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException failed) {
                log.warn("A task notification failed: {}", failed.toString());
            }
        });
    }

    /** Waits until everything submitted so far has run (the tests' way of knowing mail has gone). */
    void drain() {
        try {
            executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notDone) {
            throw new IllegalStateException("Notifications did not finish in time", notDone);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
