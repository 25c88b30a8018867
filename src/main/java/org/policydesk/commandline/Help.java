package org.policydesk.commandline;

/** What {@code help} prints. */
final class Help {

    static final String TEXT = """
        PolicyDesk batch commands

        Run them from the folder PolicyDesk runs in, as the server's user: they use its data/, templates/
        and output/ folders and its settings, and all but rotate-key work while the server is running.

          java -jar policydesk.jar merge --contacts FILE --school ID --year 2026-27 [--return-by 2026-12-18] [--send]
              The annual letter "Social media: your responsibilities as a parent or carer" for every
              family on the contact list (CSV or XLSX, as SIMS, Arbor or Bromcom export it). Every row is
              checked first; any problem is listed by row and column and nothing is made. Makes one PDF per
              family, one print-ready PDF of them all and a manifest (manifest.csv) in
              output/letters/annual/ID/<year>-<date>-<time>/. --return-by adds a reply slip.
              --send emails each family its letter (needs spring.mail.host and policydesk.mail-merge.from).

          java -jar policydesk.jar register --school ID --kind KIND --format pdf|xlsx
              A register for the governors: KIND is official-users, accounts, incidents, handovers or
              acknowledgements. Written to output/registers/ID/.

          java -jar policydesk.jar governors-report --school ID --term autumn-2026
              The governors' termly report (terms: autumn-YYYY, spring-YYYY, summer-YYYY).
              Written to output/reports/ID/.

          java -jar policydesk.jar verify-audit [--school ID]
              Checks that the audit trail of one school (or of every school) is exactly as PolicyDesk wrote
              it: every entry is hash-chained to the one before, so an edited, inserted or deleted row shows
              up as the first entry that no longer fits. Exit status 3 when any trail is broken.

          java -jar policydesk.jar rotate-key [--servers-stopped]
              Makes a new key for the account passwords and re-seals every password with it, then says
              where the new key file is: back it up at once. Stop the PolicyDesk server first; on H2 the
              command refuses while the server runs. On PostgreSQL, where it cannot tell, stop every server
              and add --servers-stopped.

          java -jar policydesk.jar backup --to FOLDER
              One zip with the database, the account key file and output/, taken while PolicyDesk runs
              (H2 only; on PostgreSQL use pg_dump). FOLDER must be outside output/.

          java -jar policydesk.jar restore --from ZIP --into FOLDER
              Unpacks a backup into a new or empty FOLDER (FOLDER/data, FOLDER/output) and prints the
              settings to start PolicyDesk from it. Starts nothing and never touches the live database.

          java -jar policydesk.jar re-enable-sign-in --user NAME [--reason "..."]
              Lifts the lock that too many failed sign-ins put on a sign-in (the same as "Re-enable the
              sign-in" under Administration > People), for when the locked sign-in is the administrator's
              own. Audited, with the operating-system user who ran it.

          java -jar policydesk.jar help
              This text.

        Spring settings may follow any command, e.g. --spring.datasource.url=... or
        --policydesk.documents.output-dir=/srv/letters.

        Exit status: 0 done; 2 bad input or a refusal (a message says what, and nothing was written);
        3 verify-audit found a broken audit trail; 1 any other failure.
        """;

    private Help() {
    }
}
