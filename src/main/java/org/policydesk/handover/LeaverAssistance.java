package org.policydesk.handover;

/** How far the leaver assisted the school "as reasonably necessary to transfer or cancel the account". */
public enum LeaverAssistance {
    FULL, PARTIAL, NONE
}
