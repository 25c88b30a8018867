package org.policydesk.notifications;

/** Why a person hears about a task: it has just been created, or its due date has passed. */
enum NoticeKind {
    NEW, OVERDUE
}
