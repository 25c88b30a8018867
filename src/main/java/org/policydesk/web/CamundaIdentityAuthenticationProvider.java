package org.policydesk.web;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.policydesk.signin.SignInGuard;
import org.policydesk.signin.SignInRefusedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in against Camunda's identity store, the one place users, passwords (salted
 * hashes) and groups are kept; each group becomes an authority {@code GROUP_<id>}. The
 * {@link SignInGuard} first refuses a name with too many failures (without checking the password)
 * and counts each failure. Camunda's own per-user delay is lifted after each counted failure: it
 * would otherwise refuse the right password for seconds after a typo without saying why, and the
 * guard's throttle and lock (which an administrator can lift) take its place for these sign-ins.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInGuard guard;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, SignInGuard guard) {
        this.identityService = identityService;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        boolean failuresOnRecord;
        try {
            failuresOnRecord = guard.requireMayTry(userId);
        } catch (SignInRefusedException refused) {
            throw new LockedException(refused.getMessage());
        }
        if (userId == null || credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
            guard.failed(userId);
            throw new BadCredentialsException("The user name or password is not right.");
        }
        if (failuresOnRecord) {
            guard.succeeded(userId);
        }
        List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(group -> (GrantedAuthority) new SimpleGrantedAuthority("GROUP_" + group.getId()))
            .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
