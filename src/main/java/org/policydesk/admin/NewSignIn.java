package org.policydesk.admin;

import java.util.List;

import org.policydesk.people.PersonKind;

/**
 * A new employee or governor with their sign-in. The password is the first one they sign in with;
 * it goes to the identity store as a salted hash and nowhere else.
 */
public record NewSignIn(String userId, String firstName, String lastName, String email, PersonKind kind,
                        String roleTitle, List<String> groups, String password) {

    /** Never prints the password, should this ever reach a log. */
    @Override
    public String toString() {
        return "NewSignIn[" + userId + ", " + kind + ", " + groups + "]";
    }
}
