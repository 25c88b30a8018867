package org.policydesk.admin;

import java.util.List;

import org.policydesk.people.Person;

/**
 * An employee or governor with a sign-in, as the administration pages list them. {@code disabled}:
 * an administrator disabled it; {@code locked}: too many failed sign-ins locked it until an
 * administrator re-enables it.
 */
public record SignInHolder(Person person, List<String> groups, boolean disabled, boolean locked) {

    public String userId() {
        return person.userId();
    }
}
