package org.policydesk.workflow;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.springframework.stereotype.Service;

/** Turns a sign-in into an {@link Actor}, reading groups from the one identity store. */
@Service
public class Actors {

    private final IdentityService identityService;
    private final People people;

    Actors(IdentityService identityService, People people) {
        this.identityService = identityService;
        this.people = people;
    }

    public Actor of(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new NotEntitledException("There is no sign-in called '" + userId + "'.");
        }
        Person person = people.findByUserId(userId)
            .orElseThrow(() -> new NotEntitledException(
                "The sign-in '" + userId + "' is not linked to anyone in a school's people register."));
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        return new Actor(userId, person.schoolId(), groups);
    }
}
