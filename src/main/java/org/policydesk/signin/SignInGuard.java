package org.policydesk.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.policydesk.signin.SignInAttempts.Attempt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per sign-in name, refuses tries while a name is throttled or locked,
 * and puts every sign-in, failure, sign-out and lock on the audit trail (see {@link SignInAudit}).
 * Names are counted whether or not they exist, so that what PolicyDesk says never tells which do.
 * Time comes from the application's clock, so that tests can move it.
 */
@Service
@Transactional
public class SignInGuard {

    /** The record type of sign-in events on the audit trail; the record id is the sign-in name tried. */
    public static final String RECORD_TYPE = "sign-in";
    /** The actor of what happens before anyone has signed in (a failed sign-in): never the name tried. */
    public static final String NOT_SIGNED_IN = "anonymous";

    private final SignInAttempts attempts;
    private final SignInSettings settings;
    private final SignInAudit audit;
    private final IdentityService identityService;
    private final Clock clock;

    SignInGuard(SignInAttempts attempts, SignInSettings settings, SignInAudit audit, IdentityService identityService,
                Clock clock) {
        this.attempts = attempts;
        this.identityService = identityService;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link SignInRefusedException} while the name is locked or its throttle delay lasts.
     * Otherwise says whether failures are counted against the name, that is whether a success has
     * anything to forget (most sign-ins, and every call of the REST API, have not).
     */
    @Transactional(readOnly = true)
    public boolean requireMayTry(String typedName) {
        String name = normalised(typedName);
        Optional<Attempt> attempt = attempts.find(name);
        if (attempt.isEmpty()) {
            return false;
        }
        Attempt found = attempt.get();
        if (found.lockedAt() != null
            || (found.refusedUntil() != null && now().isBefore(found.refusedUntil()))) {
            throw new SignInRefusedException();
        }
        return true;
    }

    /**
     * A wrong password, or a name nobody has: counted, audited, and once too many in a row the
     * name is throttled and then locked. Whether the name exists only changes the words on the trail.
     * Camunda's own per-user delay is lifted after each counted failure: this throttle replaces it,
     * and it would otherwise refuse the right password for seconds after a typo.
     */
    public void failed(String typedName) {
        boolean knownSignIn = typedName != null && identityService.createUserQuery().userId(typedName).count() > 0;
        if (knownSignIn) {
            identityService.unlockUser(typedName);
        }
        String name = normalised(typedName);
        LocalDateTime now = now();
        if (name.isEmpty()) {
            audit.failed(name, true, "Someone tried to sign in without a sign-in name.");
            return;
        }
        // Forget runs of failures that no longer count, so that names typed by strangers (or passwords
        // typed into the name box) do not pile up: a failure is kept only as long as it can matter.
        attempts.deleteEndedBefore(now.minus(settings.window()));
        // What is left after that delete still counts (or is locked, and stays locked).
        Optional<Attempt> previous = attempts.findForUpdate(name);
        int failures = previous.map(attempt -> attempt.failures() + 1).orElse(1);
        boolean lock = failures >= settings.lockAfter();
        LocalDateTime refusedUntil = failures >= settings.throttleAfter() && !lock
            ? now.plus(settings.delayAfter(failures)) : null;
        attempts.save(new Attempt(name, failures, now, refusedUntil, lock ? now : null), previous.isPresent());
        String shown = knownSignIn ? name : "an unknown sign-in name";
        audit.failed(name, knownSignIn, (knownSignIn ? "Someone tried to sign in as " + name + " with a password that is not right"
            : "Someone tried to sign in with a sign-in name PolicyDesk does not have")
            + " (" + failures + (failures == 1 ? " failure" : " failures in a row") + ")."
            + (refusedUntil == null ? "" : " Further tries are refused for " + inWords(settings.delayAfter(failures)) + "."));
        if (lock) {
            audit.locked(name, knownSignIn, "Sign-in " + shown + " locked after " + failures + " failed sign-ins in a row; an "
                + "administrator must re-enable it before anyone can sign in with it again.");
        }
    }

    /** The right password: the failures are forgotten (a locked name never gets this far). */
    public void succeeded(String userId) {
        attempts.delete(normalised(userId));
    }

    /** A person signed in through the sign-in page (not each call of the REST API). */
    void signedIn(String userId) {
        audit.event(userId, "signed-in", "Signed in.");
    }

    void signedOut(String userId) {
        audit.event(userId, "signed-out", "Signed out.");
    }

    /** When the sign-in was locked after too many failures, if it is. */
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> lockedSince(String userId) {
        return attempts.find(normalised(userId)).map(Attempt::lockedAt);
    }

    @Transactional(readOnly = true)
    public Set<String> locked() {
        return attempts.locked().stream().collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Lifts a lock and forgets the failures; the administrator's service checks who may and
     * audits it. Also used when a new sign-in takes a name strangers had failed with.
     */
    public void reEnable(String userId) {
        attempts.delete(normalised(userId));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** As counted and recorded: trimmed, lower case, no control characters, at most 64 characters. */
    static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        String name = typed.strip().replaceAll("\\p{Cntrl}", "").toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String inWords(Duration delay) {
        long seconds = delay.toSeconds();
        if (seconds < 120) {
            return seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
