package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.mailmerge.MailServerTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code merge --send} with a real SMTP server (GreenMail). */
class BatchCommandsSendingTests extends MailServerTestSupport {

    @Autowired BatchCommands commands;

    @Test
    void mergeWithSendEmailsEveryFamilyThatHasAnAddress(@TempDir Path dir) throws Exception {
        Path contacts = Files.writeString(dir.resolve("contacts.csv"), """
            Contact Forename,Contact Surname,Email,Address,Forename,Surname,Reg Group
            Emma,Brown,emma@example.org,,Amelia,Brown,5K
            James,Smith,,"4 Oakfield Lane, Hayes",Oliver,Smith,6B
            Fatima,Wilson,fatima@example.org,,Noah,Wilson,3M
            """);

        Console console = Console.capture((out, err) -> commands.run(out, err, "merge", "--contacts",
            contacts.toString(), "--school", "keston", "--year", "2026-27", "--send"));

        assertThat(console.exit()).as(console.err()).isZero();
        assertThat(console.out()).contains("Sending emails: 2 of 2", "Emailed 2 of 2 letters with an email address.");
        assertThat(MAIL_SERVER.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(MAIL_SERVER.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
            .containsExactlyInAnyOrder("emma@example.org", "fatima@example.org");
    }
}
