package org.policydesk.handover;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.policydesk.accounts.Account;

/**
 * The register's one-paragraph outcome of a handover: per account, what was surrendered and
 * whether it was transferred or cancelled. Never mentions a secret, only that one was changed.
 */
final class HandoverOutcome {

    static final int MAX_LENGTH = 2000;

    private HandoverOutcome() {
    }

    static String describe(String leaverName, List<HandoverStep> steps, LongFunction<Account> accounts,
                           LongFunction<String> personNames, LeaverAssistance assistance) {
        String accountsPart = steps.isEmpty()
            ? leaverName + " held no school accounts; nothing to hand over."
            : steps.stream().map(step -> describe(step, accounts.apply(step.accountId()), personNames))
                .collect(Collectors.joining(" "));
        String text = accountsPart + " Leaver's assistance: "
            + (assistance == null ? "not recorded" : assistance.name().toLowerCase()) + ".";
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String describe(HandoverStep step, Account account, LongFunction<String> personNames) {
        String surrendered = step.surrenderedItems().isEmpty() ? "nothing recorded as surrendered"
            : "surrendered " + step.surrenderedItems().stream().map(SurrenderedItem::label).collect(Collectors.joining(", "));
        String rotated = step.rotatedAt() == null ? "password or token not changed" : "password or token changed";
        String disposed = step.disposition() == null ? "neither transferred nor cancelled" : switch (step.disposition()) {
            case TRANSFERRED -> "transferred to " + personNames.apply(step.transferredTo());
            case TO_SCHOOL_OFFICE -> "transferred to the school office";
            case CANCELLED -> "cancelled";
        };
        return account.platform() + " " + account.handle() + ": " + surrendered + "; " + rotated + "; " + disposed + ".";
    }
}
