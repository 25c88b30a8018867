package org.policydesk.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountStatus;

class HandoverOutcomeTests {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 5, 9, 0);

    @Test
    void describesEachAccountByPlatformAndHandleAndWhatBecameOfIt() {
        HandoverStep transferred = new HandoverStep(1, 20, EnumSet.of(SurrenderedItem.TOKENS, SurrenderedItem.LOGIN_DETAILS),
            NOW, "office", NOW, "office", AccountDisposition.TRANSFERRED, 7L, NOW, "office", null);
        HandoverStep unfinished = new HandoverStep(1, 21, EnumSet.noneOf(SurrenderedItem.class), null, null, null, null,
            null, null, null, null, NOW);

        String outcome = HandoverOutcome.describe("Sarah Jones", List.of(transferred, unfinished),
            id -> new Account(id, "s", 3L, "Instagram", "@acct" + id, "login", AccountStatus.ACTIVE, NOW, NOW),
            id -> "Person " + id, LeaverAssistance.PARTIAL);

        assertThat(outcome).isEqualTo("Instagram @acct20: surrendered login details, tokens; password or token "
            + "changed; transferred to Person 7. Instagram @acct21: nothing recorded as surrendered; password or token "
            + "not changed; neither transferred nor cancelled. Leaver's assistance: partial.");
    }

    @Test
    void fitsTheRegisterColumnHoweverManyAccounts() {
        HandoverStep step = new HandoverStep(1, 1, EnumSet.allOf(SurrenderedItem.class), NOW, "o", NOW, "o",
            AccountDisposition.CANCELLED, null, NOW, "o", null);
        String outcome = HandoverOutcome.describe("Sarah Jones", java.util.Collections.nCopies(40, step),
            id -> new Account(id, "s", 3L, "Facebook", "facebook.com/a-rather-long-page-name", "l", AccountStatus.CANCELLED, NOW, NOW),
            id -> "", LeaverAssistance.FULL);
        assertThat(outcome).hasSize(HandoverOutcome.MAX_LENGTH).endsWith("…");
    }
}
