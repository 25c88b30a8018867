package org.policydesk.notifications;

/** Someone a notice goes to, and why: by name, or as a member of a group (its name in words). */
record Recipient(String userId, String name, String email, String viaGroup) {
}
