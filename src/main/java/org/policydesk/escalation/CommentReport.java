package org.policydesk.escalation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The "Report a comment" form. When it was posted is a day, month and year (GOV.UK's date
 * pattern) with an optional time; everything but the platform and what the comment says may be
 * left out. The screenshot comes separately, as the uploaded file.
 */
record CommentReport(
    @NotBlank(message = "Enter the platform the comment is on, for example Facebook")
    @Size(max = 60, message = "Enter the platform in 60 characters or fewer")
    String platform,
    @Size(max = 1000, message = "Enter the link in 1,000 characters or fewer")
    @Pattern(regexp = "(?i)\\s*(https?://\\S+)?\\s*", message = "Enter the link as a web address starting with https://, or leave it out")
    String link,
    String postedDay,
    String postedMonth,
    String postedYear,
    String postedTime,
    @Size(max = 300, message = "Describe who posted it in 300 characters or fewer")
    String posterDescription,
    Long posterPersonId,
    @NotBlank(message = "Enter what the comment says")
    @Size(max = 4000, message = "Enter what the comment says in 4,000 characters or fewer")
    String content) {

    private static final java.util.regex.Pattern TIME =
        java.util.regex.Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(am|pm)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    ReportedComment toComment() {
        return new ReportedComment(platform.strip(), blankToNull(link), postedAt(), blankToNull(posterDescription),
            posterPersonId, content);
    }

    /** Null when no day was given; the validator has already refused a day or time that is not one. */
    LocalDateTime postedAt() {
        if (isBlank(postedDay) && isBlank(postedMonth) && isBlank(postedYear)) {
            return null;
        }
        LocalDate day = LocalDate.of(Integer.parseInt(postedYear.strip()), Integer.parseInt(postedMonth.strip()),
            Integer.parseInt(postedDay.strip()));
        return day.atTime(isBlank(postedTime) ? LocalTime.MIDNIGHT : time(postedTime));
    }

    private static LocalTime time(String typed) {
        Matcher matcher = TIME.matcher(typed.strip());
        if (!matcher.matches()) {
            throw new DateTimeException("not a time");
        }
        int hour = Integer.parseInt(matcher.group(1));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("not a time");
            }
            hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
        }
        return LocalTime.of(hour, Integer.parseInt(matcher.group(2)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /** The date posted, GOV.UK style: a message on the first part that is missing or wrong. */
    static class PostedAtValid implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return CommentReport.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            CommentReport form = (CommentReport) target;
            boolean anyDate = !(isBlank(form.postedDay) && isBlank(form.postedMonth) && isBlank(form.postedYear));
            if (!anyDate) {
                if (!isBlank(form.postedTime)) {
                    errors.rejectValue("postedDay", "required", "Enter the date it was posted as well as the time");
                }
                return;
            }
            if (isBlank(form.postedDay) || isBlank(form.postedMonth) || isBlank(form.postedYear)) {
                String missing = isBlank(form.postedDay) ? "postedDay" : isBlank(form.postedMonth) ? "postedMonth" : "postedYear";
                errors.rejectValue(missing, "incomplete", "The date it was posted must include a day, a month and a year");
                return;
            }
            try {
                LocalDate.of(Integer.parseInt(form.postedYear.strip()), Integer.parseInt(form.postedMonth.strip()),
                    Integer.parseInt(form.postedDay.strip()));
                if (form.postedYear.strip().length() != 4) {
                    throw new DateTimeException("two-digit year");
                }
            } catch (NumberFormatException | DateTimeException notADate) {
                errors.rejectValue("postedDay", "invalid", "The date it was posted must be a real date, for example 27 3 2026");
                return;
            }
            if (!isBlank(form.postedTime)) {
                try {
                    time(form.postedTime);
                } catch (NumberFormatException | DateTimeException notATime) {
                    errors.rejectValue("postedTime", "invalid", "Enter the time like 2:30pm or 14:30, or leave it out");
                }
            }
        }
    }
}
