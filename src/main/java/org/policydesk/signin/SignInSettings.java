package org.policydesk.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Repeated failed sign-ins ({@code policydesk.sign-in.*}). Failures count while each follows the
 * one before within {@code window}; from the {@code throttleAfter}-th, further tries are refused
 * for {@code firstDelay}, doubling with each failure up to {@code maxDelay}; the {@code lockAfter}-th
 * locks the sign-in name until an administrator re-enables it.
 */
@ConfigurationProperties("policydesk.sign-in")
public record SignInSettings(@DefaultValue("5") int throttleAfter, @DefaultValue("10") int lockAfter,
                             @DefaultValue("1h") Duration window, @DefaultValue("30s") Duration firstDelay,
                             @DefaultValue("15m") Duration maxDelay) {

    public SignInSettings {
        if (throttleAfter < 1 || lockAfter < throttleAfter) {
            throw new IllegalArgumentException("policydesk.sign-in.throttle-after must be at least 1 and no more "
                + "than policydesk.sign-in.lock-after.");
        }
    }

    /** How long tries are refused after the given number of failures in a row (zero before the throttle starts). */
    Duration delayAfter(int failures) {
        if (failures < throttleAfter) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int n = throttleAfter; n < failures && delay.compareTo(maxDelay) < 0; n++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
