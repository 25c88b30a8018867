package org.policydesk.escalation;

import java.util.Map;

/** One row of the {@code comment-routing} decision table: the path and the three flags beside it. */
public record Routing(EscalationPath path, boolean policeFirst, boolean reportAbuse, boolean removalLetter) {

    /** From the decision's single result; no matching row means the table and the enums disagree. */
    static Routing fromDecision(Map<String, Object> result, Triage triage) {
        if (result == null) {
            throw new IllegalStateException("The routing table has no row for " + triage.describe() + ".");
        }
        return new Routing(EscalationPath.fromDecision((String) result.get(EscalationProcess.VAR_PATH)),
            Boolean.TRUE.equals(result.get(EscalationProcess.VAR_POLICE_FIRST)),
            Boolean.TRUE.equals(result.get(EscalationProcess.VAR_REPORT_ABUSE)),
            Boolean.TRUE.equals(result.get(EscalationProcess.VAR_REMOVAL_LETTER)));
    }

    String describe() {
        return "Path: " + path.decisionValue() + "; police first: " + Triage.yesNo(policeFirst)
            + "; report abuse to the platform: " + Triage.yesNo(reportAbuse)
            + "; removal-request letter: " + Triage.yesNo(removalLetter);
    }
}
