package org.policydesk.workflow;

/** The person may not do this: the message says why, in words they can act on. */
public class NotEntitledException extends RuntimeException {

    public NotEntitledException(String message) {
        super(message);
    }
}
