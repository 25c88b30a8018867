package org.policydesk.signin;

/**
 * Too many failed sign-ins with this name: PolicyDesk does not even check the password. The
 * message is the same whether the name is throttled or locked, and whether or not it exists.
 */
public class SignInRefusedException extends RuntimeException {

    public static final String MESSAGE = "Too many failed sign-ins with this sign-in name.";

    SignInRefusedException() {
        super(MESSAGE);
    }
}
