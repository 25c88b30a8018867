package org.policydesk.mailmerge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policydesk.mailmerge.ContactFiles.contact;
import static org.policydesk.mailmerge.ContactFiles.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policydesk.DemoSchoolTestSupport;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.PdfText;
import org.springframework.beans.factory.annotation.Autowired;

/** The mail merge in the running application, for the demo school, with no mail server configured. */
class MailMergeIntegrationTests extends DemoSchoolTestSupport {

    private static final SchoolYear YEAR = SchoolYear.parse("2026-27");

    @Autowired MailMerge mailMerge;
    @Autowired OutputStore output;

    @Test
    void lettersCarryTheSchoolsLetterheadAndSignatories() throws IOException {
        MergeResult result = mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID,
            contacts(contact(2, "Emma Brown", "emma@example.org", "Amelia Brown", "5K")), YEAR,
            LocalDate.now().plusDays(10), false), MergeProgress.NONE);

        assertThat(result.folder()).startsWith(output.root().resolve("letters/annual/keston"));
        String text = PdfText.text(Files.readAllBytes(result.folder().resolve(result.letters().get(0).file())));
        assertThat(text).contains("Keston Primary School and Nursery", "Helen Ellis", "David Mensah",
            "Catherine Whitfield", "Please return this slip");
        assertThat(result.letters().get(0).emailed()).isEqualTo(MergedLetter.NOT_ASKED);
    }

    @Test
    void sendingWithoutAMailServerIsRefusedBeforeAnythingIsMade() throws IOException {
        List<Path> before = batches();

        assertThatThrownBy(() -> mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID,
                contacts(contact(2, "Emma Brown", "emma@example.org", "Amelia Brown", "5K")), YEAR, null, true),
            MergeProgress.NONE))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("spring.mail.host")
            .hasMessageContaining("Nothing was made or sent.");
        assertThat(batches()).isEqualTo(before);
    }

    @Test
    void anUnknownSchoolAndAReturnDateInThePastAreRefused() throws IOException {
        List<Path> before = batches();
        ContactList list = contacts(contact(2, "Emma Brown", "emma@example.org", "Amelia Brown", "5K"));

        assertThatThrownBy(() -> mailMerge.merge(new MergeRequest("nowhere", list, YEAR, null, false), MergeProgress.NONE))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nowhere'");
        assertThatThrownBy(() -> mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID, list, YEAR,
                LocalDate.now().minusDays(1), false), MergeProgress.NONE))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not after today");
        assertThat(batches()).isEqualTo(before);
    }

    private List<Path> batches() throws IOException {
        Path folder = output.root().resolve("letters/annual/keston");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> batches = Files.list(folder)) {
            return batches.sorted().toList();
        }
    }
}
