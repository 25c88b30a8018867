package org.policydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInSettingsTests {

    private final SignInSettings defaults = new SignInSettings(5, 10, Duration.ofHours(1), Duration.ofSeconds(30),
        Duration.ofMinutes(15));

    @Test
    void theDelayStartsAtTheFifthFailureAndDoublesUpToItsCeiling() {
        assertThat(defaults.delayAfter(4)).isZero();
        assertThat(defaults.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(defaults.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.delayAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLockBeforeTheThrottleIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInSettings(5, 4, Duration.ofHours(1),
            Duration.ofSeconds(30), Duration.ofMinutes(15)));
    }

    @Test
    void namesAreCountedTrimmedInLowerCaseWithoutControlCharacters() {
        assertThat(SignInGuard.normalised(" SJones\t\n")).isEqualTo("sjones");
        assertThat(SignInGuard.normalised(null)).isEmpty();
        assertThat(SignInGuard.normalised("a".repeat(100))).hasSize(64);
    }
}
