package org.policydesk.documents;

/**
 * A template could not be read or broke a rule (a syntax error, or an attempt to reach Java through
 * {@code ?api} or {@code ?new}): the school's template needs fixing, not the data.
 */
public class DocumentTemplateException extends IllegalStateException {

    DocumentTemplateException(String template, String problem, Throwable cause) {
        super("The template " + template + " could not be used: " + problem, cause);
    }
}
