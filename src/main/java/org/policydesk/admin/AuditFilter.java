package org.policydesk.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policydesk.audit.AuditQuery;
import org.policydesk.web.FormError;
import org.policydesk.web.DateFields;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's filters as typed: a person (sign-in), a record (kind and number), a first and
 * last day (GOV.UK date boxes {@code fromDay}, {@code fromMonth}, ...) and the page number. A filter
 * that cannot be understood is left out and named in {@code errors}; the page still shows the rest.
 */
record AuditFilter(AuditQuery query, int page, List<FormError> errors, Map<String, String> typed) {

    static final List<String> FIELDS = List.of("person", "recordType", "recordId", "fromDay", "fromMonth", "fromYear",
        "toDay", "toMonth", "toYear");
    private static final int MAX_TEXT = 64;

    static AuditFilter parse(String schoolId, Map<String, String> typed) {
        List<FormError> errors = new ArrayList<>();
        String person = text(typed, "person", errors);
        String recordType = text(typed, "recordType", errors);
        String recordId = text(typed, "recordId", errors);
        LocalDate from = date(typed, "from", "the first day", errors);
        LocalDate to = date(typed, "to", "the last day", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FormError("to", "The last day must be on or after the first day"));
            to = null;
        }
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(typed.getOrDefault("page", "1").strip()));
        } catch (NumberFormatException notANumber) {
            // The first page, as for a link without one.
        }
        return new AuditFilter(new AuditQuery(schoolId, person, recordType, recordId, from, to), page, List.copyOf(errors),
            Map.copyOf(typed));
    }

    boolean isEmpty() {
        AuditQuery q = query;
        return q.actor() == null && q.recordType() == null && q.recordId() == null && q.from() == null && q.to() == null;
    }

    /** The filters as a query string (without the page), for page links and the CSV download. */
    String queryString() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        FIELDS.forEach(field -> {
            String value = typed.get(field);
            if (value != null && !value.isBlank()) {
                uri.queryParam(field, value.strip());
            }
        });
        return uri.build().encode().getQuery();
    }

    private static String text(Map<String, String> typed, String field, List<FormError> errors) {
        String value = typed.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            errors.add(new FormError(field, "Enter " + MAX_TEXT + " characters or fewer"));
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(Map<String, String> typed, String field, String what, List<FormError> errors) {
        try {
            return DateFields.parse(typed.get(field + "Day"), typed.get(field + "Month"), typed.get(field + "Year"), what);
        } catch (IllegalArgumentException notADate) {
            errors.add(new FormError(field, notADate.getMessage().replaceAll("\\.$", "")));
            return null;
        }
    }
}
