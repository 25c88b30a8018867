package org.policydesk.handover;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * The new password or token, typed twice. It is held only until it is sealed: {@link #toString()}
 * masks it, and a refusal names the field without the value, so that it cannot reach a log, an
 * exception message or the page that shows the form again.
 */
class RotationForm {

    private String newPassword;
    private String confirmPassword;

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    @Override
    public String toString() {
        return "RotationForm[password hidden]";
    }

    /** Field-level messages whose rejected value is left empty, unlike {@code Errors.rejectValue}. */
    static class TypedTwice implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return RotationForm.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            RotationForm form = (RotationForm) target;
            if (blank(form.newPassword)) {
                reject(errors, "newPassword", "Type the new password or token");
            } else if (form.newPassword.length() > 500) {
                reject(errors, "newPassword", "The password or token must be 500 characters or fewer");
            } else if (blank(form.confirmPassword)) {
                reject(errors, "confirmPassword", "Type the new password or token again to confirm it");
            } else if (!form.newPassword.equals(form.confirmPassword)) {
                reject(errors, "confirmPassword", "The two passwords are not the same: type them again");
            }
        }

        private static void reject(Errors errors, String field, String message) {
            ((BindingResult) errors).addError(new FieldError(errors.getObjectName(), field, null, false,
                new String[] {"rotation." + field}, null, message));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
