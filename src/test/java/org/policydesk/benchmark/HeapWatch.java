package org.policydesk.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use while a task runs, sampled every 2 ms. It includes garbage not yet collected,
 * so it climbs towards whatever -Xmx allows; that the task finishes under -Xmx256m (and how much time
 * went on collecting) is what shows it fits.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakUsedMb() {
        return peakUsed.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
