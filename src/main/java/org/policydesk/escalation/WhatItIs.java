package org.policydesk.escalation;

/** What a comment is, in the policy's categories, mildest first. */
public enum WhatItIs {
    PRAISE, NEGATIVE, COMPLAINT, DEFAMATORY, BULLYING, RACIST, VIOLENCE;

    public static WhatItIs parse(String value) {
        return Choices.parse(WhatItIs.class, value, "what the comment is");
    }
}
