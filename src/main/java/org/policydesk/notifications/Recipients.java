package org.policydesk.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.policydesk.admin.PeopleAdministration;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.springframework.stereotype.Component;

/**
 * Who hears about a task: its assignee and candidate users by name, and the members of its
 * candidate groups who belong to the task's school and are in post (groups span every school a
 * trust runs). Disabled sign-ins and people without an email address hear nothing.
 */
@Component
class Recipients {

    private final IdentityService identityService;
    private final People people;
    private final PeopleAdministration administration;

    Recipients(IdentityService identityService, People people, PeopleAdministration administration) {
        this.identityService = identityService;
        this.people = people;
        this.administration = administration;
    }

    List<Recipient> of(TaskNotice notice) {
        Map<String, Recipient> byUser = new LinkedHashMap<>();
        if (notice.assignee() != null) {
            named(notice.assignee()).ifPresent(found -> byUser.put(found.userId(), found));
        }
        notice.candidateUsers().forEach(userId ->
            named(userId).ifPresent(found -> byUser.putIfAbsent(found.userId(), found)));
        for (String groupId : notice.candidateGroups()) {
            String groupName = groupName(groupId);
            for (User member : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
                Optional<Person> inSchool = people.findByUserId(notice.schoolId(), member.getId())
                    .filter(person -> person.status() == PersonStatus.CURRENT);
                if (inSchool.isPresent() && !byUser.containsKey(member.getId())) {
                    recipient(member, groupName).ifPresent(found -> byUser.put(found.userId(), found));
                }
            }
        }
        return List.copyOf(byUser.values());
    }

    Optional<Recipient> named(String userId) {
        return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
            .flatMap(user -> recipient(user, null));
    }

    private Optional<Recipient> recipient(User user, String viaGroup) {
        if (administration.isDisabled(user.getId())) {
            return Optional.empty();
        }
        String email = user.getEmail();
        if (email == null || email.isBlank()) {
            email = people.findByUserId(user.getId()).map(Person::email).orElse(null);
        }
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return Optional.of(new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, email, viaGroup));
    }

    private String groupName(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }
}
