package org.policydesk.escalation;

/** The leadership team's reading of a report: who posted it, what it is, and the two flags the policy needs. */
public record Triage(WhoPosted whoPosted, WhatItIs whatItIs, boolean serious, boolean pupilUnder13Account) {

    public Triage {
        if (whoPosted == null || whatItIs == null) {
            throw new IllegalArgumentException("Please choose who posted the comment and what it is.");
        }
    }

    /** From a form's values; an unknown category is refused with the list of allowed ones. */
    public static Triage of(String whoPosted, String whatItIs, boolean serious, boolean pupilUnder13Account) {
        return new Triage(WhoPosted.parse(whoPosted), WhatItIs.parse(whatItIs), serious, pupilUnder13Account);
    }

    String describe() {
        return "Posted by: " + whoPosted + "; what it is: " + whatItIs + "; serious: " + yesNo(serious)
            + "; pupil with an under-13 account: " + yesNo(pupilUnder13Account);
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
