package org.policydesk.signin;

import java.util.List;

import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.policydesk.workflow.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sign-in events on the audit trail, whose chains are per school. An event about a person lands
 * in their school's chain. An event about a name that belongs to nobody in the people register
 * (a stranger guessing, a typo, a bare first administrator) belongs to no school; it lands in
 * EVERY school's chain. Usually an installation has one school, so that is simply its trail; where
 * several schools share an installation they share its sign-in page, and each school's
 * administrator should see who is trying the door. Copies cost little and keep each chain whole
 * and verifiable on its own, where an installation-level pseudo-school would appear wherever
 * schools are listed. A failed sign-in names no actor: the name
 * tried is the record, never the "who" ({@link SignInGuard#NOT_SIGNED_IN}).
 */
@Component
class SignInAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);

    private final AuditTrail audit;
    private final People people;
    private final Schools schools;

    SignInAudit(AuditTrail audit, People people, Schools schools) {
        this.audit = audit;
        this.people = people;
        this.schools = schools;
    }

    /**
     * A name nobody has is not written on the trail: people type their password into the name box,
     * and the trail keeps what it holds for seven years, readable by the Head Teacher.
     */
    static final String UNKNOWN_NAME = "(unknown name)";

    void failed(String name, boolean known, String detail) {
        record(known ? name : UNKNOWN_NAME, SignInGuard.NOT_SIGNED_IN, "sign-in-failed", detail);
    }

    void locked(String name, boolean known, String detail) {
        record(known ? name : UNKNOWN_NAME, Actor.SYSTEM, "sign-in-locked", detail);
    }

    void event(String userId, String action, String detail) {
        record(SignInGuard.normalised(userId), userId, action, detail);
    }

    private void record(String name, String actor, String action, String detail) {
        String recordId = name.isEmpty() ? "(blank)" : name;
        List<String> schoolIds = people.findByUserId(name).map(Person::schoolId).map(List::of)
            .orElseGet(() -> schools.all().stream().map(School::id).toList());
        if (schoolIds.isEmpty()) {
            LOG.warn("No school yet to audit '{}' for sign-in {}", action, recordId);
        }
        schoolIds.forEach(schoolId ->
            audit.record(schoolId, actor, action, SignInGuard.RECORD_TYPE, recordId, detail, null));
    }
}
