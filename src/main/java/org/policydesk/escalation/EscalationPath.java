package org.policydesk.escalation;

import java.util.Arrays;

/** The main path the routing table sends an incident down; {@link #decisionValue()} is the DMN output. */
public enum EscalationPath {
    RECORD("record"), TALK_TO_PUPIL("talkToPupil"), PROPER_CHANNELS("properChannels"),
    POLICY_REMINDER("policyReminder"), DISCIPLINARY("disciplinary"), REMOVAL("removal"),
    ANTI_BULLYING("antiBullying");

    private final String decisionValue;

    EscalationPath(String decisionValue) {
        this.decisionValue = decisionValue;
    }

    public String decisionValue() {
        return decisionValue;
    }

    static EscalationPath fromDecision(String value) {
        return Arrays.stream(values()).filter(path -> path.decisionValue.equals(value)).findFirst()
            .orElseThrow(() -> new IllegalStateException("The routing table gave an unknown path '" + value + "'."));
    }
}
