package org.policydesk.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.springframework.stereotype.Component;

/**
 * Builds a school's letterhead from its profile and the people who hold the signing roles today,
 * so that a new Head Teacher signs the next letter without anyone editing a template.
 */
@Component
public class Letterheads {

    static final String DEFAULT_LOGO = "_layout/logo.png";

    private final Schools schools;
    private final People people;
    private final IdentityService identityService;
    private final Path templatesDir;

    Letterheads(Schools schools, People people, IdentityService identityService, DocumentSettings settings) {
        this.schools = schools;
        this.people = people;
        this.identityService = identityService;
        this.templatesDir = settings.templatesDir().toAbsolutePath().normalize();
    }

    public Letterhead of(String schoolId) {
        School school = schools.find(schoolId)
            .orElseThrow(() -> new IllegalArgumentException("There is no school with id '" + schoolId + "'."));
        return new Letterhead(school.id(), school.name(), school.address(), logoFor(schoolId),
            signatory(schoolId, "head-teacher", "Head Teacher"),
            signatory(schoolId, "deputy-head", "Deputy Head Teacher"),
            signatory(schoolId, "chair-of-governors", "Chair of Governors"));
    }

    /** A school may drop its own logo in as {@code _layout/logo-<schoolId>.png}; otherwise the default. */
    private String logoFor(String schoolId) {
        String own = "_layout/logo-" + schoolId + ".png";
        return Files.isRegularFile(templatesDir.resolve(own)) ? own : DEFAULT_LOGO;
    }

    private Signatory signatory(String schoolId, String group, String title) {
        return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
            .map(User::getId)
            .map(userId -> people.findByUserId(schoolId, userId))
            .flatMap(Optional::stream)
            .filter(person -> person.status() == PersonStatus.CURRENT)
            .findFirst()
            .map(person -> new Signatory(person.fullName(), titleOf(person, title)))
            .orElse(null);
    }

    private static String titleOf(Person person, String fallback) {
        return person.roleTitle() == null || person.roleTitle().isBlank() ? fallback : person.roleTitle();
    }
}
