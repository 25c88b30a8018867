package org.policydesk.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A clock a test moves by hand. PolicyDesk reads the Spring clock bean and the engine its own
 * ClockUtil; moving this one moves both, so register dates and the engine's end and removal times
 * agree.
 */
final class SimulatedClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private volatile Instant now;

    void moveTo(LocalDateTime moment) {
        now = moment.atZone(zone).toInstant();
        ClockUtil.setCurrentTime(Date.from(now));
    }

    void reset() {
        now = null;
        ClockUtil.reset();
    }

    @Override
    public Instant instant() {
        Instant frozen = now;
        return frozen == null ? Instant.now() : frozen;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("PolicyDesk reads the clock in its own zone.");
    }
}
