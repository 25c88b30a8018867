package org.policydesk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.people.People;
import org.policydesk.people.PersonKind;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keston Primary School and Nursery, the school the policy was written for, loaded once on first
 * start so that a newcomer can sign in as each role. Off in real deployments.
 */
@Component
public class DemoSchool {

    public static final String SCHOOL_ID = "keston";
    private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

    private final Schools schools;
    private final People people;
    private final IdentityService identityService;
    private final OfficialUseService officialUse;
    private final AccountRegister accounts;
    private final Actors actors;
    private final DemoSettings settings;

    DemoSchool(Schools schools, People people, IdentityService identityService, OfficialUseService officialUse,
               AccountRegister accounts, Actors actors, DemoSettings settings) {
        this.actors = actors;
        this.schools = schools;
        this.people = people;
        this.identityService = identityService;
        this.officialUse = officialUse;
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener
    public void loadOnFirstStart(ApplicationReadyEvent event) {
        if (settings.enabled()) {
            loadIfMissing();
        }
    }

    /** Loads the demo school unless it is there already. */
    @Transactional
    public void loadIfMissing() {
        if (schools.find(SCHOOL_ID).isPresent()) {
            return;
        }
        schools.add(new School(SCHOOL_ID, "Keston Primary School and Nursery",
            "Lakes Road, Keston, Kent BR2 6BN", "Autumn 2017", LocalDate.of(2020, 11, 30)));

        long head = staff("hellis", "Helen", "Ellis", "Head Teacher", Groups.HEAD_TEACHER, Groups.LEADERSHIP_TEAM, Groups.STAFF);
        staff("dmensah", "David", "Mensah", "Deputy Head Teacher", Groups.DEPUTY_HEAD, Groups.LEADERSHIP_TEAM, Groups.STAFF);
        staff("okowalski", "Łukasz", "Kowalski", "School Business Manager", Groups.OFFICE, Groups.STAFF);
        staff("ppatel", "Priya", "Patel", "Clerk to the Governors", Groups.CLERK, Groups.STAFF);
        staff("sjones", "Sarah", "Jones", "Year 5 Class Teacher", Groups.STAFF);
        staff("tbaker", "Tom", "Baker", "Year 6 Class Teacher", Groups.STAFF);
        staff("zadams", "Zoë", "Adams", "Teaching Assistant", Groups.STAFF);
        staff("itadmin", "Sam", "Reid", "IT Administrator", Groups.ADMIN);
        governor("cwhitfield", "Catherine", "Whitfield", "Chair of Governors", Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS);
        governor("hnguyen", "Nguyễn Thị", "Hương", "Parent Governor", Groups.GOVERNORS);
        governor("sobrien", "Siobhán", "O'Brien", "Local Authority Governor", Groups.GOVERNORS);

        family("Amelia Brown", "5K", "Emma Brown", "emma.brown@example.org", "mother");
        family("Oliver Smith", "6B", "James Smith", "james.smith@example.org", "father");
        family("Noah Wilson", "3M", "Fatima Wilson", "fatima.wilson@example.org", "mother");

        officialUse.recordStandingOfficialUser(head, "The Head Teacher is an official user unless their use has "
            + "been revoked or suspended (Social Media Policy).");
        accounts.record(actors.of("hellis"), head, new AccountDetails("Facebook", "facebook.com/KestonPrimary",
            "office@keston.example.org", Secret.of(UUID.randomUUID().toString())));
        log.info("Loaded the demo school (Keston Primary School and Nursery); see README.md for the sign-ins.");
    }

    private long staff(String userId, String first, String last, String title, String... groups) {
        return person(PersonKind.EMPLOYEE, userId, first, last, title, groups);
    }

    private long governor(String userId, String first, String last, String title, String... groups) {
        return person(PersonKind.GOVERNOR, userId, first, last, title, groups);
    }

    private long person(PersonKind kind, String userId, String first, String last, String title, String... groups) {
        User user = identityService.newUser(userId);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(userId + "@keston.example.org");
        user.setPassword(settings.password());
        identityService.saveUser(user);
        List.of(groups).forEach(group -> identityService.createMembership(userId, group));
        return people.add(SCHOOL_ID, kind, first + " " + last, user.getEmail(), userId, title, null);
    }

    private void family(String pupilName, String className, String parentName, String email, String relationship) {
        long pupil = people.add(SCHOOL_ID, PersonKind.PUPIL, pupilName, null, null, null, className);
        long parent = people.add(SCHOOL_ID, PersonKind.PARENT, parentName, email, null, null, null);
        people.linkParent(parent, pupil, relationship);
    }
}
