package org.policydesk.commandline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.policydesk.mailmerge.ContactList;
import org.policydesk.mailmerge.ContactLists;
import org.policydesk.mailmerge.SchoolYear;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.Term;

/**
 * A command with its input checked: everything that can be checked without the database is,
 * before PolicyDesk starts, so a typo or a bad contact list is reported in a second.
 */
sealed interface Job {

    record Help() implements Job {
    }

    record Merge(ContactList contacts, String schoolId, SchoolYear year, LocalDate returnBy, boolean send)
        implements Job {
    }

    record Register(String schoolId, RegisterKind kind, boolean xlsx) implements Job {
    }

    record GovernorsReport(String schoolId, Term term) implements Job {
    }

    /** {@code schoolId} is null for every school. */
    record VerifyAudit(String schoolId) implements Job {
    }

    record RotateKey(boolean serversStopped) implements Job {
    }

    record Backup(Path folder) implements Job {
    }

    /** Needs no running application: it unpacks a backup into an empty folder. */
    record Restore(Path backup, Path folder) implements Job {
    }

    /** Lifts a sign-in lock from the machine itself: the way back when the only administrator is locked. */
    record ReEnableSignIn(String userId, String reason) implements Job {
    }

    /** Whether the command makes a PDF (letters, a register, the governors' report). */
    default boolean makesPdf() {
        return this instanceof Merge || this instanceof GovernorsReport || this instanceof Register register && !register.xlsx();
    }

    /** Throws {@link IllegalArgumentException} with a plain-English message for any bad input. */
    static Job prepare(CommandLine line) {
        return switch (line.command()) {
            case HELP -> new Help();
            case MERGE -> new Merge(ContactLists.read(Path.of(line.option("contacts"))), line.option("school"),
                SchoolYear.parse(line.option("year")), date(line.option("return-by")), line.flag("send"));
            case REGISTER -> new Register(line.option("school"), RegisterKind.fromSlug(line.option("kind")),
                xlsx(line.option("format")));
            case GOVERNORS_REPORT -> new GovernorsReport(line.option("school"), Term.parse(line.option("term")));
            case VERIFY_AUDIT -> new VerifyAudit(line.option("school"));
            case ROTATE_KEY -> new RotateKey(line.flag("servers-stopped"));
            case BACKUP -> new Backup(Safekeeping.backupFolder(line.option("to")));
            case RESTORE -> new Restore(Restoring.backupZip(line.option("from")),
                Restoring.emptyFolder(line.option("into")));
            case RE_ENABLE_SIGN_IN -> new ReEnableSignIn(line.option("user"), line.option("reason"));
        };
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give --return-by as a date written year-month-day, for example "
                + "2026-12-18; '" + text + "' is not one.");
        }
    }

    private static boolean xlsx(String format) {
        return switch (format.toLowerCase(Locale.UK)) {
            case "pdf" -> false;
            case "xlsx" -> true;
            default -> throw new IllegalArgumentException("--format is pdf or xlsx, not '" + format + "'.");
        };
    }
}
