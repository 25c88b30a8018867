package org.policydesk.notifications;

/** A task waiting for a person's next daily digest. */
record DigestItem(long id, NoticeKind kind, TaskNotice notice) {
}
