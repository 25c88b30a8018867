package org.policydesk.documents;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Shows the model to templates. Two choices make documents safer: a blank text counts as missing
 * (so a letter cannot go out addressed to "Dear ,"), and {@code LocalDate}/{@code LocalDateTime}
 * become FreeMarker dates, so templates print "3 March 2025" rather than "2025-03-03".
 */
final class DocumentObjectWrapper extends DefaultObjectWrapper {

    DocumentObjectWrapper() {
        super(Configuration.VERSION_2_3_35);
        setExposeFields(false);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof CharSequence text && text.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return new SimpleDate(java.sql.Date.valueOf(date));
        }
        if (value instanceof LocalDateTime dateTime) {
            return new SimpleDate(Timestamp.valueOf(dateTime));
        }
        return super.wrap(value);
    }
}
