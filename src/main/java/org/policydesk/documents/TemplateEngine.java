package org.policydesk.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * FreeMarker set up for documents a school can edit: templates are read from a folder on disk, HTML
 * is escaped automatically ({@code .ftlh}), templates cannot reach Java ({@code ?api} off,
 * {@code ?new} refused for every class), and a missing value stops the document instead of printing
 * a gap.
 */
final class TemplateEngine {

    private final Configuration configuration;
    private final Path templatesDir;

    TemplateEngine(Path templatesDir) {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.templatesDir)) {
            throw new IllegalStateException("The templates folder " + this.templatesDir + " does not exist; set "
                + "policydesk.documents.templates-dir to the folder holding letters/, notices/ and registers/.");
        }
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(this.templatesDir.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read templates from " + this.templatesDir, e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new DocumentObjectWrapper());
        configuration.setLocale(Locale.UK);
        configuration.setDateFormat("d MMMM yyyy");
        configuration.setDateTimeFormat("d MMMM yyyy, HH:mm");
        configuration.setTimeFormat("HH:mm");
        // Reference numbers must not come out as "1,234".
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("yes,no");
    }

    Path templatesDir() {
        return templatesDir;
    }

    /** Fills {@code template} (a path under the templates folder) with {@code model}; returns XHTML. */
    String process(String template, Map<String, ?> model) {
        Template loaded = load(template);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            loaded.process(model, out);
        } catch (InvalidReferenceException e) {
            throw new MissingDocumentDataException(template, e.getBlamedExpressionString());
        } catch (TemplateException e) {
            throw new DocumentTemplateException(template, firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new DocumentTemplateException(template, e.getMessage(), e);
        }
        return out.toString();
    }

    private Template load(String template) {
        try {
            return configuration.getTemplate(template);
        } catch (TemplateNotFoundException e) {
            throw new DocumentTemplateException(template, "there is no such file in " + templatesDir + ".", e);
        } catch (IOException e) {
            throw new DocumentTemplateException(template, firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error.";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
