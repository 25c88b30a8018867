package org.policydesk.admin;

import java.util.List;

import org.policydesk.people.Person;

/** An employee or governor with a sign-in, as the administration pages list them. */
public record SignInHolder(Person person, List<String> groups, boolean disabled) {

    public String userId() {
        return person.userId();
    }
}
