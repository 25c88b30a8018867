package org.policydesk.web;

import java.lang.reflect.RecordComponent;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.StaleTaskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a person sees when the services say no. The services decide (they check entitlement and
 * input before changing anything); this turns their answer into a page: 403 for "not yours to
 * do", 409 for a task someone else finished or took, and for a refused form the same form again,
 * with the message in its error summary and what was typed kept — except passwords, which are
 * never sent back. A form is re-shown by redirecting to its own address (forms post to the
 * address that shows them), so a refresh does not post it again.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Layout layout;
    private final DataSize uploadLimit;

    ErrorPages(Layout layout, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        this.layout = layout;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(NotEntitledException.class)
    ModelAndView notEntitled(NotEntitledException refusal, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "You cannot do this", refusal.getMessage());
    }

    @ExceptionHandler(StaleTaskException.class)
    ModelAndView stale(StaleTaskException stale, HttpServletRequest request) {
        ModelAndView page = problem(request, HttpStatus.CONFLICT,
            "This task has already been completed or taken by someone else", stale.getMessage());
        page.addObject("showTaskLink", true);
        return page;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView refused(IllegalArgumentException refusal, HttpServletRequest request) {
        if (!isFormPost(request)) {
            return problem(request, HttpStatus.NOT_FOUND, "We cannot show this page", refusal.getMessage());
        }
        return reshow(request, List.of(new FormError(null, refusal.getMessage())));
    }

    /**
     * A file over the upload limit is refused while the request is read, before any form sees it:
     * back to the form with a plain message (forms with a file carry their CSRF token in the
     * address, so the refusal gets this far). What was typed cannot be kept.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        return reshow(request, List.of(new FormError(null, "The file you chose is larger than "
            + uploadLimit.toMegabytes() + " MB, the most PolicyDesk accepts. Choose a smaller file and fill in the "
            + "form again; nothing was saved.")));
    }

    /**
     * A safety net under the services' own length checks: text longer than its column (SQL state
     * 22001 in H2 and PostgreSQL alike) is refused in words, and the service's transaction has rolled
     * back, so nothing was saved. It is logged, because it means a length check is missing. Any other
     * integrity failure is a fault and stays one.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView tooLongToKeep(DataIntegrityViolationException failure, HttpServletRequest request) {
        boolean tooLong = false;
        for (Throwable cause = failure; cause != null && !tooLong; cause = cause.getCause()) {
            tooLong = cause instanceof SQLException sql && "22001".equals(sql.getSQLState());
        }
        if (!tooLong) {
            throw failure;
        }
        LOG.warn("Text longer than its column reached the database at {}; a length check is missing",
            request.getRequestURI());
        String message = "Something you typed is longer than PolicyDesk can keep. Shorten the longest text and "
            + "send the form again; nothing was saved.";
        if (!isFormPost(request)) {
            return problem(request, HttpStatus.BAD_REQUEST, "We cannot show this page", message);
        }
        return reshow(request, List.of(new FormError(null, message)));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView invalid(BindException invalid, HttpServletRequest request) {
        List<String> order = pageOrder(invalid.getTarget(), request);
        List<FormError> errors = new ArrayList<>(invalid.getFieldErrors().stream()
            .sorted(Comparator.comparingInt((FieldError error) -> position(order, error.getField())))
            .map(error -> new FormError(error.getField(), inWords(error)))
            .toList());
        invalid.getGlobalErrors().forEach(error -> errors.add(new FormError(null, error.getDefaultMessage())));
        if (!isFormPost(request)) {
            return problem(request, HttpStatus.BAD_REQUEST, "We cannot show this page",
                errors.isEmpty() ? "The address is not complete." : errors.get(0).message());
        }
        return reshow(request, errors);
    }

    /**
     * A value that is not even of the field's type (a person "abc", a category NOT_A_CATEGORY, a
     * yes-or-no "maybe") was not typed into the form: it is refused in words, never with the
     * converter's technical message.
     */
    private static String inWords(FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        return "'" + shortened(String.valueOf(error.getRejectedValue())) + "' is not one of the choices for "
            + fieldInWords(error.getField()) + ". Choose again from the form.";
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** {@code posterPersonId} becomes "poster person". */
    private static String fieldInWords(String field) {
        String words = field.replaceAll("Id$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isBlank() ? "this field" : words;
    }

    /**
     * An address whose id is not a number ({@code /admin/people/abc}) names no record: the same
     * "we cannot show this page" as an id that does not exist, form post or not.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView noSuchAddress(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "We cannot show this page",
            "This web address does not name anything in PolicyDesk: there is no " + fieldInWords(mismatch.getName())
                + " '" + shortened(String.valueOf(mismatch.getValue())) + "'. If you followed a link, go back and try again.");
    }

    private static ModelAndView reshow(HttpServletRequest request, List<FormError> errors) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.stream().filter(error -> error.field() != null)
            .forEach(error -> fieldErrors.putIfAbsent(error.field(), error.message()));
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("formErrors", errors);
        flash.put("fieldErrors", fieldErrors);
        flash.put("formValues", typedValues(request));
        RedirectView back = new RedirectView(request.getRequestURI(), false);
        back.setExposeModelAttributes(false);
        return new ModelAndView(back);
    }

    /** What was typed, to fill the form again: never the CSRF token, never a password. */
    private static Map<String, String> typedValues(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, typed) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.equals("_csrf") && !lower.contains("password") && !lower.contains("secret") && typed.length > 0) {
                values.put(name, typed[0]);
            }
        });
        return values;
    }

    /**
     * The order of the fields on the page: a form record declares its fields in that order (a radio
     * left unchosen is not in the request at all); other forms by the order the browser sent them.
     */
    private static List<String> pageOrder(Object form, HttpServletRequest request) {
        if (form != null && form.getClass().isRecord()) {
            return Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Collections.list(request.getParameterNames());
    }

    private static int position(List<String> order, String field) {
        int at = order.indexOf(field);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static boolean isFormPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod());
    }

    private ModelAndView problem(HttpServletRequest request, HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("title", title);
        page.addObject("message", message);
        layout.addTo(page.getModel(), request);
        return page;
    }
}
