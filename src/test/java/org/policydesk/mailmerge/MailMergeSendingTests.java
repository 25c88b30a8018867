package org.policydesk.mailmerge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policydesk.mailmerge.ContactFiles.contact;
import static org.policydesk.mailmerge.ContactFiles.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.PdfText;
import org.springframework.beans.factory.annotation.Autowired;

/** Sending the annual letter through a real SMTP server (GreenMail) and reading what arrives. */
class MailMergeSendingTests extends MailServerTestSupport {

    private static final SchoolYear YEAR = SchoolYear.parse("2026-27");

    @Autowired MailMerge mailMerge;

    @Test
    void eachFamilyWithAnEmailAddressReceivesItsOwnLetterAsAPdf() throws Exception {
        ContactList list = contacts(contact(2, "Emma Brown", "emma@example.org", "Amelia Brown", "5K"),
            contact(3, "Łukasz Kowalski", "lukasz@example.org", "Zoë Kowalski", "2W"),
            contact(4, "James Smith", null, "Oliver Smith", "6B"));
        List<MergeProgress.Progress> sending = new ArrayList<>();

        MergeResult result = mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID, list, YEAR, returnBy(), true),
            progress -> {
                if (progress.stage() == MergeProgress.Stage.SENDING) {
                    sending.add(progress);
                }
            });

        assertThat(MAIL_SERVER.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = MAIL_SERVER.getReceivedMessages();
        assertThat(received).hasSize(2);
        Arrays.sort(received, java.util.Comparator.comparing(MailMergeSendingTests::recipient));
        assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
            .containsExactly("emma@example.org");
        assertThat(received[0].getSubject())
            .isEqualTo("Social media: your responsibilities as a parent or carer (2026–27) – Amelia Brown");
        assertThat(((InternetAddress) received[0].getFrom()[0]).getAddress()).isEqualTo("office@keston.example");
        assertThat(((InternetAddress) received[0].getFrom()[0]).getPersonal()).isEqualTo("Keston Primary School and Nursery");
        assertThat(text(received[0])).contains("Dear Emma Brown,", "Amelia Brown (5K)", "Helen Ellis");
        String emmasLetter = PdfText.text(pdfAttachment(received[0], "social-media-letter-amelia-brown.pdf"));
        assertThat(emmasLetter).contains("Dear Emma Brown,", "Amelia Brown (5K)").doesNotContain("Zoë Kowalski");

        assertThat(received[1].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
            .containsExactly("lukasz@example.org");
        assertThat(received[1].getSubject()).endsWith("– Zoë Kowalski");
        assertThat(PdfText.text(pdfAttachment(received[1], "social-media-letter-zoe-kowalski.pdf")))
            .contains("Dear Łukasz Kowalski,", "Zoë Kowalski (2W)");

        assertThat(result.emailed()).isEqualTo(2);
        assertThat(result.letters()).extracting(MergedLetter::emailed)
            .containsExactly(MergedLetter.SENT, MergedLetter.SENT, MergedLetter.NO_ADDRESS);
        assertThat(AnnualLettersTests.manifest(result.manifest())).extracting(row -> row.get(7))
            .containsExactly("emailed", "sent", "sent", "no email address");
        assertThat(sending).extracting(MergeProgress.Progress::done).containsExactly(2);
    }

    @Test
    void aFailedSendIsRecordedInTheManifestAndTheRestStillGo() throws Exception {
        ContactList list = contacts(contact(2, "Emma Brown", "emma@example.org", "Amelia Brown", "5K"),
            contact(3, "James Smith", "james@example.org", "Oliver Smith", "6B"),
            contact(4, "Fatima Wilson", "fatima@example.org", "Noah Wilson", "3M"),
            contact(5, "Zoë Adams", null, "Max Adams", "1A"));

        // The mail server goes away after the first group of two messages.
        MergeResult result = mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID, list, YEAR, null, true),
            progress -> {
                if (progress.stage() == MergeProgress.Stage.SENDING && progress.done() == 2) {
                    MAIL_SERVER.stop();
                }
            });

        assertThat(result.letters()).extracting(MergedLetter::emailed).startsWith(MergedLetter.SENT, MergedLetter.SENT);
        assertThat(result.letters().get(2).emailed()).startsWith("failed: could not reach the mail server");
        assertThat(result.letters().get(3).emailed()).isEqualTo(MergedLetter.NO_ADDRESS);
        assertThat(result.emailed()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        List<CSVRecord> manifest = AnnualLettersTests.manifest(result.manifest());
        assertThat(manifest.get(3).get(7)).startsWith("failed: could not reach the mail server");
        // The batch is whole: every family's letter is there to print and post.
        for (MergedLetter letter : result.letters()) {
            assertThat(result.folder().resolve(letter.file())).isRegularFile();
        }
        assertThat(PdfText.pages(Files.readAllBytes(result.mergedPdf()))).isEqualTo(result.pages());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate returnBy() {
        return LocalDate.now().plusWeeks(3);
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        return Arrays.stream(bodyParts(parts)).filter(part -> isText(part)).map(MailMergeSendingTests::content)
            .findFirst().orElseThrow();
    }

    private static byte[] pdfAttachment(MimeMessage message, String fileName) throws MessagingException, IOException {
        for (BodyPart part : bodyParts((MimeMultipart) message.getContent())) {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo(fileName);
                assertThat(part.getContentType()).startsWith("application/pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached to " + message.getSubject());
    }

    /** The parts of a message, the text part of a nested multipart/alternative or /related included. */
    private static BodyPart[] bodyParts(MimeMultipart multipart) throws MessagingException, IOException {
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                parts.addAll(Arrays.asList(bodyParts(nested)));
            } else {
                parts.add(part);
            }
        }
        return parts.toArray(BodyPart[]::new);
    }

    private static boolean isText(BodyPart part) {
        try {
            return part.isMimeType("text/plain");
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String content(BodyPart part) {
        try {
            return part.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
