package org.policydesk.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.policydesk.admin.PeopleAdministration;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.StoredDocument;
import org.policydesk.mailmerge.MailMerge;
import org.policydesk.mailmerge.MergeRequest;
import org.policydesk.mailmerge.MergeResult;
import org.policydesk.reports.GovernorReports;
import org.policydesk.reports.Registers;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.springframework.stereotype.Component;

/** Runs a checked {@link Job} in the started application and says where the files went. */
@Component
class BatchCommands {

    private final MailMerge mailMerge;
    private final Registers registers;
    private final GovernorReports governorReports;
    private final Schools schools;
    private final OutputStore output;
    private final Safekeeping safekeeping;
    private final PeopleAdministration people;

    BatchCommands(MailMerge mailMerge, Registers registers, GovernorReports governorReports, Schools schools,
                  OutputStore output, Safekeeping safekeeping, PeopleAdministration people) {
        this.safekeeping = safekeeping;
        this.people = people;
        this.mailMerge = mailMerge;
        this.registers = registers;
        this.governorReports = governorReports;
        this.schools = schools;
        this.output = output;
    }

    /** Parses, checks and runs {@code args} in this application: the command line without a new start. */
    int run(PrintStream out, PrintStream err, String... args) {
        Job job;
        try {
            job = Job.prepare(CommandLine.parse(args));
        } catch (IllegalArgumentException e) {
            return PolicyDeskCommandLine.badInput(err, e);
        }
        return execute(job, out, err);
    }

    int execute(Job job, PrintStream out, PrintStream err) {
        try {
            if (job instanceof Job.Merge merge) {
                merge(merge, out);
            } else if (job instanceof Job.Register register) {
                register(register, out);
            } else if (job instanceof Job.GovernorsReport report) {
                governorsReport(report, out);
            } else if (job instanceof Job.VerifyAudit verify) {
                return safekeeping.verifyAudit(verify.schoolId() == null ? schools.all()
                    : List.of(school(verify.schoolId())), out);
            } else if (job instanceof Job.RotateKey rotate) {
                safekeeping.rotateKey(rotate, out);
            } else if (job instanceof Job.Backup backup) {
                safekeeping.backup(backup, out);
            } else if (job instanceof Job.ReEnableSignIn reEnable) {
                out.println(people.reEnableSignIn(reEnable.userId(), Safekeeping.actor(), reEnable.reason()));
            } else {
                return withoutTheApplication(job, out, err);
            }
            return PolicyDeskCommandLine.OK;
        } catch (IllegalArgumentException e) {
            return PolicyDeskCommandLine.badInput(err, e);
        } catch (RuntimeException e) {
            err.println("PolicyDesk could not finish: " + e.getMessage());
            err.println("Anything half-made was discarded; the log has the details.");
            return PolicyDeskCommandLine.FAILED;
        }
    }

    /** help and restore, which need no started application (restore must not open a database at all). */
    static int withoutTheApplication(Job job, PrintStream out, PrintStream err) {
        try {
            if (job instanceof Job.Restore restore) {
                Restoring.restore(restore, out);
            } else {
                out.print(Help.TEXT);
            }
            return PolicyDeskCommandLine.OK;
        } catch (IllegalArgumentException e) {
            return PolicyDeskCommandLine.badInput(err, e);
        } catch (RuntimeException e) {
            err.println("PolicyDesk could not finish: " + e.getMessage());
            return PolicyDeskCommandLine.FAILED;
        }
    }

    private void merge(Job.Merge merge, PrintStream out) {
        School school = school(merge.schoolId());
        out.printf(Locale.UK, "Read %s from %s (%s).%n", count(merge.contacts().size(), "recipient"),
            merge.contacts().source(), merge.contacts().format());
        out.println("Making the annual letter " + merge.year().label() + " for " + school.name() + ".");
        MergeResult result = mailMerge.merge(new MergeRequest(school.id(), merge.contacts(), merge.year(),
            merge.returnBy(), merge.send()), new ProgressPrinter(out, System::nanoTime));
        out.printf(Locale.UK, "Wrote %s (%s) to %s%n", count(result.letters().size(), "letter"),
            count(result.pages(), "page"), result.folder());
        out.println("  one PDF per family:  " + result.folder().resolve("letters"));
        out.println("  print-ready PDF:     " + result.mergedPdf());
        out.println("  manifest:            " + result.manifest());
        if (merge.send()) {
            long withEmail = result.letters().stream().filter(letter -> letter.contact().hasEmail()).count();
            out.printf(Locale.UK, "Emailed %,d of %,d letters with an email address", result.emailed(), withEmail);
            out.println(result.failed() == 0 ? "." : "; " + result.failed() + " failed (see the manifest's 'emailed' column).");
        }
    }

    private void register(Job.Register register, PrintStream out) {
        School school = school(register.schoolId());
        long startedAt = System.nanoTime();
        StoredDocument stored = register.xlsx() ? registers.storeXlsx(school.id(), register.kind())
            : registers.storePdf(school.id(), register.kind());
        out.printf(Locale.UK, "Wrote the %s of %s (%s, made in %.1f s) to %s%n",
            register.kind().title().toLowerCase(Locale.UK), school.name(), register.xlsx() ? "XLSX" : "PDF",
            (System.nanoTime() - startedAt) / 1e9, absolute(stored));
    }

    private void governorsReport(Job.GovernorsReport report, PrintStream out) {
        School school = school(report.schoolId());
        StoredDocument stored = governorReports.store(school.id(), report.term());
        out.println("Wrote the governors' report for the " + report.term().label() + " of " + school.name()
            + " to " + absolute(stored));
    }

    private static String count(long n, String noun) {
        return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private School school(String id) {
        return schools.find(id).orElseThrow(() -> new IllegalArgumentException("There is no school '" + id
            + "'. Schools: " + String.join(", ", schools.all().stream().map(School::id).toList()) + "."));
    }

    private Path absolute(StoredDocument stored) {
        return stored.path().isAbsolute() ? stored.path() : output.root().resolve(stored.name());
    }
}
