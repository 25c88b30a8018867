package org.policydesk.notifications;

/** What a person chose on their profile: an email per task, one a day, or none. */
public enum NotificationMode {

    EACH("An email for each new or overdue task"),
    DIGEST("One email a day listing new and overdue tasks"),
    OFF("No emails: I look at my task list myself");

    private final String label;

    NotificationMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
