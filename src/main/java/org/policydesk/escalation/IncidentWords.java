package org.policydesk.escalation;

import java.util.Locale;
import java.util.Map;

import org.policydesk.workflow.Groups;

/**
 * The incident register's codes as people read them, worded as the incident register and the
 * governors' report word them ("Defamatory or libellous", "No further action").
 */
final class IncidentWords {

    private static final Map<WhoPosted, String> POSTERS = Map.of(WhoPosted.PUPIL, "A pupil",
        WhoPosted.PARENT, "A parent or carer", WhoPosted.EMPLOYEE, "An employee", WhoPosted.GOVERNOR, "A governor",
        WhoPosted.PUBLIC, "A member of the public, or not known");
    private static final Map<WhatItIs, String> CATEGORIES = Map.of(WhatItIs.PRAISE, "Praise",
        WhatItIs.NEGATIVE, "Negative but fair", WhatItIs.COMPLAINT, "Complaint or campaign",
        WhatItIs.DEFAMATORY, "Defamatory or libellous", WhatItIs.BULLYING, "Online bullying",
        WhatItIs.RACIST, "Racist element", WhatItIs.VIOLENCE, "Violence threatened or encouraged");
    private static final Map<EscalationPath, String> PATHS = Map.of(
        EscalationPath.RECORD, "Recorded, no action needed",
        EscalationPath.TALK_TO_PUPIL, "Class teacher talks to the pupil",
        EscalationPath.PROPER_CHANNELS, "Letter asking to use the proper channels",
        EscalationPath.POLICY_REMINDER, "Reminder of the Social Media Policy",
        EscalationPath.DISCIPLINARY, "Disciplinary referral",
        EscalationPath.REMOVAL, "Removal: report to the platform and/or letter, then a follow-up check",
        EscalationPath.ANTI_BULLYING, "Anti-Bullying Policy");
    /** The same paths in a word or two, for the register's narrow column. */
    private static final Map<EscalationPath, String> SHORT_PATHS = Map.of(EscalationPath.RECORD, "Recorded",
        EscalationPath.TALK_TO_PUPIL, "Talk to the pupil", EscalationPath.PROPER_CHANNELS, "Proper channels",
        EscalationPath.POLICY_REMINDER, "Policy reminder", EscalationPath.DISCIPLINARY, "Disciplinary",
        EscalationPath.REMOVAL, "Removal", EscalationPath.ANTI_BULLYING, "Anti-bullying");
    private static final Map<IncidentOutcome, String> OUTCOMES = Map.of(
        IncidentOutcome.RECORDED, "Recorded, no action needed", IncidentOutcome.REMOVED, "Removed",
        IncidentOutcome.NOT_REMOVED, "Not removed", IncidentOutcome.REFERRED, "Referred",
        IncidentOutcome.NO_ACTION, "No further action");
    private static final Map<String, String> GROUPS = Map.of(Groups.LEADERSHIP_TEAM, "the leadership team",
        Groups.HEAD_TEACHER, "the Head Teacher", Groups.CHAIR_OF_GOVERNORS, "the Chair of Governors",
        Groups.STAFF, "any member of staff (the pupil's class teacher)", Groups.OFFICE, "the school office",
        Groups.CLERK, "the clerk", Groups.GOVERNORS, "the governors", Groups.DEPUTY_HEAD, "the deputy head");
    private static final Map<String, String> LETTERS = Map.of(
        "age-limit", "Letter explaining the minimum age of 13",
        "proper-channels", "Letter asking to use the proper channels",
        "removal-request", "Letter asking for the comment to be removed",
        "final-before-legal", "Final letter before legal options");

    private static final Map<String, String> ACTIONS = Map.ofEntries(
        Map.entry("incident-reported", "Reported the comment"),
        Map.entry("screenshot-attached", "Attached a screenshot"),
        Map.entry("incident-triaged", "Triaged the report"),
        Map.entry("incident-routed", "Chose the path the policy sets"),
        Map.entry("police-involved", "Involved the police"),
        Map.entry("police-contact-overdue", "Brought in the Head Teacher: the police were not involved in time"),
        Map.entry("pupil-spoken-to", "Talked to the pupil"),
        Map.entry("policy-reminder-given", "Reminded them of the Social Media Policy"),
        Map.entry("disciplinary-referral-made", "Referred them for disciplinary action"),
        Map.entry("anti-bullying-case-opened", "Opened a case under the Anti-Bullying Policy"),
        Map.entry("abuse-reported-to-platform", "Reported the comment to the platform"),
        Map.entry("removal-checked", "Checked whether the comment was removed"),
        Map.entry("legal-options-decided", "Decided on legal options"),
        Map.entry("incident-closed", "Closed the incident"),
        Map.entry("age-limit-letter-requested", "Asked for the letter explaining the minimum age of 13"),
        Map.entry("proper-channels-letter-requested", "Asked for the letter about the proper channels"),
        Map.entry("removal-letter-requested", "Asked for the letter requesting removal"),
        Map.entry("final-letter-requested", "Asked for the final letter before legal options"),
        Map.entry("document-issued", "Filed a letter"),
        Map.entry("reminder-sent", "Sent a reminder"));
    /**
     * Audit details that hold only categories, references, yes/no answers and staff sign-ins, never
     * a pupil's or parent's name or what the comment says: everyone who reads the incident sees these.
     */
    private static final java.util.Set<String> DETAILS_WITHOUT_NAMES = java.util.Set.of("screenshot-attached",
        "incident-triaged", "incident-routed", "police-involved", "police-contact-overdue", "anti-bullying-case-opened",
        "abuse-reported-to-platform", "removal-checked", "incident-closed", "reminder-sent");

    private IncidentWords() {
    }

    static String reference(long incidentId) {
        return String.format("INC-%04d", incidentId);
    }

    static String of(WhoPosted value) {
        return value == null ? null : POSTERS.get(value);
    }

    static String of(WhatItIs value) {
        return value == null ? null : CATEGORIES.get(value);
    }

    static String of(EscalationPath value) {
        return value == null ? null : PATHS.get(value);
    }

    static String inShort(EscalationPath value) {
        return value == null ? null : SHORT_PATHS.get(value);
    }

    static String of(IncidentOutcome value) {
        return value == null ? null : OUTCOMES.get(value);
    }

    static String of(IncidentStatus value) {
        return value == IncidentStatus.CLOSED ? "Closed" : "Open";
    }

    static String group(String groupId) {
        return GROUPS.getOrDefault(groupId, groupId);
    }

    static String letter(String kind) {
        return LETTERS.getOrDefault(kind, capitalised(kind.replace('-', ' ')));
    }

    /** What an audit entry of an incident says was done, in words. */
    static String action(String action, String detail) {
        if (action.equals("document-issued") && detail != null && detail.contains(":")) {
            return "Filed the " + letter(detail.substring(0, detail.indexOf(':'))).toLowerCase(Locale.UK);
        }
        return ACTIONS.getOrDefault(action, capitalised(action.replace('-', ' ')));
    }

    static boolean detailHasNoNames(String action) {
        return DETAILS_WITHOUT_NAMES.contains(action);
    }

    static String yesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    /** "34 KB", "2.5 MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
