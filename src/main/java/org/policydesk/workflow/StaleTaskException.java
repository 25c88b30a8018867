package org.policydesk.workflow;

/** The task was completed, withdrawn or claimed by someone else since the person last looked. */
public class StaleTaskException extends RuntimeException {

    public StaleTaskException(String message) {
        super(message);
    }
}
