package org.policydesk.handover;

import java.time.LocalDateTime;
import java.util.Set;

/** How far one account of a handover has got: surrendered, password changed, transferred or cancelled. */
public record HandoverStep(long handoverId, long accountId, Set<SurrenderedItem> surrenderedItems,
                           LocalDateTime surrenderedAt, String surrenderRecordedBy, LocalDateTime rotatedAt,
                           String rotatedBy, AccountDisposition disposition, Long transferredTo,
                           LocalDateTime disposedAt, String disposedBy, LocalDateTime escalatedAt) {

    /** The step the account is waiting for, as the model names its user task; null once handed over. */
    public String pendingStep() {
        if (surrenderedAt == null) {
            return HandoverProcess.TASK_SURRENDER;
        }
        if (rotatedAt == null) {
            return HandoverProcess.TASK_ROTATE_SECRET;
        }
        return disposition == null ? HandoverProcess.TASK_TRANSFER_OR_CANCEL : null;
    }
}
