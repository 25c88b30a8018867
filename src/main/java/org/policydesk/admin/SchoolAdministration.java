package org.policydesk.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.policydesk.audit.AuditTrail;
import org.policydesk.school.School;
import org.policydesk.school.SchoolDeadlines;
import org.policydesk.school.Schools;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Deadline;
import org.policydesk.workflow.Deadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school profile an administrator keeps: name and address (the letterhead), the logo, the
 * policy's agreed and review dates (the governors' report flags an overdue review), and the
 * school's own deadlines for each kind of step. Each change lands on the school's audit trail.
 */
@Service
@Transactional
public class SchoolAdministration {

    static final String RECORD_TYPE = "school";

    private final Schools schools;
    private final SchoolDeadlines schoolDeadlines;
    private final Deadlines deadlines;
    private final SchoolLogos logos;
    private final AuditTrail audit;

    SchoolAdministration(Schools schools, SchoolDeadlines schoolDeadlines, Deadlines deadlines, SchoolLogos logos,
                         AuditTrail audit) {
        this.schools = schools;
        this.schoolDeadlines = schoolDeadlines;
        this.deadlines = deadlines;
        this.logos = logos;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public School profile(Actor actor) {
        AdminRules.requireAdministrator(actor);
        return school(actor);
    }

    public void updateProfile(Actor actor, String name, String address, String policyAgreed, LocalDate reviewDate) {
        AdminRules.requireAdministrator(actor);
        School before = school(actor);
        if (reviewDate == null) {
            throw new IllegalArgumentException("Enter the date the policy is next due for review.");
        }
        School after = new School(before.id(), required(name, "Enter the school's name", 200),
            required(address, "Enter the school's address", 500),
            required(policyAgreed, "Say when the governors agreed the policy, such as Autumn 2017", 60), reviewDate);
        List<String> changes = new ArrayList<>();
        change(changes, "name", before.name(), after.name());
        change(changes, "address", before.address(), after.address());
        change(changes, "policy agreed", before.policyAgreed(), after.policyAgreed());
        change(changes, "policy review date", before.policyReviewDate(), after.policyReviewDate());
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("Nothing changed: the profile already says that.");
        }
        schools.update(after);
        audit.record(after.id(), actor.userId(), "profile-changed", RECORD_TYPE, after.id(),
            String.join("; ", changes), null);
    }

    /** Checks the upload (PNG or JPEG, at most 1 MB) and makes it the school's letterhead logo. */
    public void replaceLogo(Actor actor, byte[] upload) {
        AdminRules.requireAdministrator(actor);
        byte[] png = SchoolLogos.checkedPng(upload);
        audit.record(actor.schoolId(), actor.userId(), "logo-changed", RECORD_TYPE, actor.schoolId(),
            "New letterhead logo (" + upload.length / 1024 + " KB uploaded)", null);
        // The file last: a refused audit entry leaves the old logo, a failed write rolls the entry back.
        logos.store(actor.schoolId(), png);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> logo(Actor actor) {
        AdminRules.requireAdministrator(actor);
        return logos.current(actor.schoolId());
    }

    /** Each deadline with the school's own days, or {@code null} where it takes the default. */
    @Transactional(readOnly = true)
    public Map<Deadline, Integer> ownDeadlines(Actor actor) {
        AdminRules.requireAdministrator(actor);
        Map<String, Integer> own = schoolDeadlines.all(actor.schoolId());
        Map<Deadline, Integer> byDeadline = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            byDeadline.put(deadline, own.get(deadline.key()));
        }
        return byDeadline;
    }

    public int defaultDays(Deadline deadline) {
        return deadlines.defaultDays(deadline);
    }

    /** Sets every deadline from what was typed: days from 1 to 365, or blank for the default. */
    public void setDeadlines(Actor actor, Map<Deadline, String> typed) {
        AdminRules.requireAdministrator(actor);
        Map<Deadline, Integer> wanted = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            wanted.put(deadline, AdminRules.requireDeadlineDays(deadline, typed.get(deadline)));
        }
        Map<Deadline, Integer> before = ownDeadlines(actor);
        List<String> changes = new ArrayList<>();
        wanted.forEach((deadline, days) -> {
            if (!Objects.equals(before.get(deadline), days)) {
                changes.add(deadline.key() + ": " + inWords(before.get(deadline), deadline) + " → "
                    + inWords(days, deadline));
                schoolDeadlines.set(actor.schoolId(), deadline.key(), days);
            }
        });
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("Nothing changed: the deadlines already say that.");
        }
        audit.record(actor.schoolId(), actor.userId(), "deadlines-changed", RECORD_TYPE, actor.schoolId(),
            String.join("; ", changes) + ". Steps already waiting keep their due dates.", null);
    }

    private String inWords(Integer days, Deadline deadline) {
        return days == null ? "usual " + deadlines.defaultDays(deadline) + " days" : days + " days";
    }

    private School school(Actor actor) {
        return schools.find(actor.schoolId())
            .orElseThrow(() -> new IllegalArgumentException("There is no school with id '" + actor.schoolId() + "'."));
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": '" + before + "' → '" + after + "'");
        }
    }

    static String required(String typed, String message, int max) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException(message + ".");
        }
        if (typed.strip().length() > max) {
            throw new IllegalArgumentException(message + " in " + max + " characters or fewer.");
        }
        return typed.strip();
    }
}
