package org.policydesk.web;

/**
 * One message in a form's error summary. With a field it links to that field (ids are the field
 * path with anything but letters and digits turned into hyphens, as the view macros make them);
 * without one it is about the form as a whole.
 */
public record FormError(String field, String message) {

    public String href() {
        return field == null ? null : "#" + idOf(field);
    }

    public static String idOf(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
