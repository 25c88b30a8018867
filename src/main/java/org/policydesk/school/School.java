package org.policydesk.school;

import java.time.LocalDate;

/** The school profile every PolicyDesk record belongs to. */
public record School(String id, String name, String address, String policyAgreed, LocalDate policyReviewDate) {

    public boolean policyReviewOverdue(LocalDate today) {
        return policyReviewDate.isBefore(today);
    }
}
