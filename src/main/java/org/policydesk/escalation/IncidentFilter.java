package org.policydesk.escalation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.policydesk.web.DisplayDates;
import org.policydesk.web.FormError;

/**
 * The incident register's filters, read from the page's address (status, category, path, and
 * the days reported from and to, both included). A value that is not one of the choices is left
 * out and reported with a message for its field, so the page still shows the rest.
 */
record IncidentFilter(IncidentStatus status, WhatItIs category, EscalationPath path, LocalDate from, LocalDate to,
                      List<FormError> errors) {

    static final List<String> FIELDS = List.of("status", "category", "path", "from", "to");

    static IncidentFilter parse(Map<String, String> query) {
        List<FormError> errors = new ArrayList<>();
        IncidentStatus status = choice(IncidentStatus.class, query.get("status"), "status", "Choose a status from the list", errors);
        WhatItIs category = choice(WhatItIs.class, query.get("category"), "category", "Choose a category from the list", errors);
        EscalationPath path = choice(EscalationPath.class, query.get("path"), "path", "Choose a path from the list", errors);
        LocalDate from = day(query.get("from"), "from", "Enter the first day as a date, for example 2026-03-01", errors);
        LocalDate to = day(query.get("to"), "to", "Enter the last day as a date, for example 2026-03-31", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FormError("to", "The last day must be the same as or after the first day"));
            to = null;
        }
        return new IncidentFilter(status, category, path, from, to, List.copyOf(errors));
    }

    boolean matches(Incident incident) {
        LocalDate reported = incident.reportedAt().toLocalDate();
        return (status == null || incident.status() == status)
            && (category == null || incident.whatItIs() == category)
            && (path == null || incident.path() == path)
            && (from == null || !reported.isBefore(from))
            && (to == null || !reported.isAfter(to));
    }

    boolean isEmpty() {
        return status == null && category == null && path == null && from == null && to == null;
    }

    /** "Open; defamatory or libellous; reported from 1 March 2026", or empty when nothing is filtered. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add(IncidentWords.of(status).toLowerCase(Locale.UK));
        }
        if (category != null) {
            parts.add(IncidentWords.of(category).toLowerCase(Locale.UK));
        }
        if (path != null) {
            parts.add("path: " + IncidentWords.inShort(path).toLowerCase(Locale.UK));
        }
        if (from != null || to != null) {
            parts.add("reported" + (from == null ? "" : " from " + DisplayDates.date(from))
                + (to == null ? "" : " to " + DisplayDates.date(to)));
        }
        return IncidentWords.capitalised(String.join("; ", parts));
    }

    /** The valid filters as an address's query ("?status=OPEN&category=DEFAMATORY"), for the download links. */
    String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", status == null ? null : status.name());
        values.put("category", category == null ? null : category.name());
        values.put("path", path == null ? null : path.name());
        values.put("from", from == null ? null : from.toString());
        values.put("to", to == null ? null : to.toString());
        String query = values.entrySet().stream().filter(entry -> entry.getValue() != null)
            .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
                                                List<FormError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException notAChoice) {
            errors.add(new FormError(field, message));
            return null;
        }
    }

    private static LocalDate day(String value, String field, String message, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(new FormError(field, message));
            return null;
        }
    }
}
