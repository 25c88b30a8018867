package org.policydesk.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Transfer or cancel one account. {@code action} is "transfer" or "cancel"; {@code to} names who
 * takes a transferred account over: "office" for the school office, or an official user's person id.
 */
class DisposalForm {

    static final String OFFICE = "office";

    private String action;
    private String to;

    @NotBlank(message = "Give the reason for transferring or cancelling the account")
    @Size(max = 2000, message = "Give the reason in 2,000 characters or fewer")
    private String reason;

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    AccountDisposition disposition() {
        if ("cancel".equals(action)) {
            return AccountDisposition.CANCELLED;
        }
        return OFFICE.equals(to) ? AccountDisposition.TO_SCHOOL_OFFICE : AccountDisposition.TRANSFERRED;
    }

    /** The person a transferred account goes to; none for the office or a cancellation (whatever the list showed). */
    Long toPersonId() {
        return disposition() == AccountDisposition.TRANSFERRED ? Long.valueOf(to) : null;
    }

    /** A choice between transfer and cancel, and for a transfer someone to take it over. */
    static class TargetChosen implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return DisposalForm.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            DisposalForm form = (DisposalForm) target;
            if (!"transfer".equals(form.action) && !"cancel".equals(form.action)) {
                errors.rejectValue("action", "required", "Choose whether to transfer the account or cancel it");
            } else if ("transfer".equals(form.action)) {
                if (form.to == null || form.to.isBlank()) {
                    errors.rejectValue("to", "required", "Choose who takes the account over");
                } else if (!OFFICE.equals(form.to) && !form.to.matches("\\d{1,18}")) {
                    errors.rejectValue("to", "invalid", "Choose who takes the account over from the list");
                }
            }
        }
    }
}
