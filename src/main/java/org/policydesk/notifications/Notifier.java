package org.policydesk.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a task's candidates about it, each as they chose: an email now, a line in tomorrow's
 * digest, or nothing. New tasks are announced only after their transaction commits, on the
 * dispatch thread, so that a task whose creation was rolled back is never announced and a slow
 * mail server never holds up the person who created it.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;
    private final Digests digests;
    private final NotificationDispatch dispatch;

    Notifier(Recipients recipients, NotificationPreferences preferences, NotificationMails mails, Digests digests,
             NotificationDispatch dispatch) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.digests = digests;
        this.dispatch = dispatch;
    }

    boolean enabled() {
        return mails.enabled();
    }

    /** Called once the transaction that created the task has committed. */
    void taskCreated(TaskNotice notice) {
        dispatch.submit(() -> announce(notice, NoticeKind.NEW));
    }

    void announce(TaskNotice notice, NoticeKind kind) {
        for (Recipient recipient : recipients.of(notice)) {
            switch (preferences.modeOf(recipient.userId())) {
                case EACH -> mails.sendNotice(recipient, notice, kind);
                case DIGEST -> digests.queue(recipient.userId(), notice, kind);
                case OFF -> log.debug("{} chose no task emails", recipient.userId());
            }
        }
    }
}
