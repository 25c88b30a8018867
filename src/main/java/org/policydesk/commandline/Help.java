package org.policydesk.commandline;

/** What {@code help} prints. */
final class Help {

    static final String TEXT = """
        PolicyDesk batch commands

        Run them from the folder PolicyDesk runs in: they use its data/, templates/ and output/ folders
        and its settings, and they work while the PolicyDesk server is running.

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

          java -jar policydesk.jar help
              This text.

        Spring settings may follow any command, e.g. --spring.datasource.url=... or
        --policydesk.documents.output-dir=/srv/letters.

        Exit status: 0 done; 2 bad input (a message says what, and nothing was written); 1 any other failure.
        """;

    private Help() {
    }
}
