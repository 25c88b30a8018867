package org.policydesk.mailmerge;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.policydesk.documents.Letterhead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Emails each letter to its family with the PDF attached, through the school's SMTP server (Spring
 * Mail: {@code spring.mail.host} and friends). Messages go in groups over one connection; a message
 * the server refuses is recorded as failed and the others carry on.
 */
@Component
class LetterMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ObjectProvider<JavaMailSender> senders;
    private final MailMergeSettings settings;

    LetterMailer(ObjectProvider<JavaMailSender> senders, MailMergeSettings settings) {
        this.senders = senders;
        this.settings = settings;
    }

    /** Refuses, before anything is made, when sending could not work. */
    void checkReady() {
        if (senders.getIfAvailable() == null) {
            throw new IllegalArgumentException("Sending by email needs the school's mail server: set spring.mail.host "
                + "(and spring.mail.port, spring.mail.username, spring.mail.password as your provider requires). "
                + "Nothing was made or sent.");
        }
        if (settings.from() == null || !EmailAddresses.valid(settings.from().strip())) {
            throw new IllegalArgumentException("Sending by email needs the address the letters come from: set "
                + "policydesk.mail-merge.from to the school office's email address. Nothing was made or sent.");
        }
    }

    List<MergedLetter> send(Letterhead school, SchoolYear year, LocalDate returnBy, MergeResult batch,
                            MergeProgress progress) {
        JavaMailSender sender = senders.getObject();
        List<MergedLetter> outcome = new ArrayList<>(batch.letters());
        List<Integer> toSend = new ArrayList<>();
        for (int i = 0; i < outcome.size(); i++) {
            if (outcome.get(i).contact().hasEmail()) {
                toSend.add(i);
            }
        }
        long started = System.nanoTime();
        int group = Math.max(1, settings.messagesPerConnection());
        for (int from = 0; from < toSend.size(); from += group) {
            List<Integer> indexes = toSend.subList(from, Math.min(toSend.size(), from + group));
            sendGroup(sender, school, year, returnBy, batch, outcome, indexes);
            int done = Math.min(toSend.size(), from + group);
            progress.update(new MergeProgress.Progress(MergeProgress.Stage.SENDING, done, toSend.size(),
                Duration.ofNanos(System.nanoTime() - started)));
        }
        return outcome;
    }

    private void sendGroup(JavaMailSender sender, Letterhead school, SchoolYear year, LocalDate returnBy,
                           MergeResult batch, List<MergedLetter> outcome, List<Integer> indexes) {
        // In row order; a MimeMessage is equal only to itself, so this is an identity map that keeps order.
        Map<MimeMessage, Integer> messages = new LinkedHashMap<>();
        for (int index : indexes) {
            MergedLetter letter = outcome.get(index);
            try {
                messages.put(message(sender, school, year, returnBy, batch, letter), index);
            } catch (MessagingException | IOException | MailException e) {
                outcome.set(index, letter.withEmailed("failed: " + reason(e)));
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        Map<Object, Exception> failed = Map.of();
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
        } catch (MailAuthenticationException e) {
            messages.values().forEach(index -> outcome.set(index, outcome.get(index)
                .withEmailed("failed: the mail server refused PolicyDesk's sign-in (check spring.mail.username and password)")));
            return;
        } catch (MailException e) {
            String reason = reason(e);
            messages.values().forEach(index -> outcome.set(index, outcome.get(index).withEmailed("failed: " + reason)));
            return;
        }
        for (Map.Entry<MimeMessage, Integer> entry : messages.entrySet()) {
            Exception problem = failed.get(entry.getKey());
            MergedLetter letter = outcome.get(entry.getValue());
            outcome.set(entry.getValue(), letter.withEmailed(problem == null ? MergedLetter.SENT
                : "failed: " + reason(problem)));
        }
    }

    private MimeMessage message(JavaMailSender sender, Letterhead school, SchoolYear year, LocalDate returnBy,
                                MergeResult batch, MergedLetter letter) throws MessagingException, IOException {
        Contact contact = letter.contact();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from().strip(), school.name());
        helper.setTo(contact.email());
        helper.setSubject(subject(year, contact));
        helper.setText(body(school, year, returnBy, contact), false);
        byte[] pdf = Files.readAllBytes(batch.folder().resolve(letter.file()));
        String attachment = "social-media-letter-" + letter.file().substring(letter.file().lastIndexOf('/') + 1)
            .replaceFirst("^\\d+-", "");
        helper.addAttachment(attachment, new ByteArrayResource(pdf), "application/pdf");
        return message;
    }

    static String subject(SchoolYear year, Contact contact) {
        return "Social media: your responsibilities as a parent or carer (" + year.label() + ") \u2013 "
            + contact.pupilName();
    }

    private static String body(Letterhead school, SchoolYear year, LocalDate returnBy, Contact contact) {
        String child = contact.className() == null ? contact.pupilName()
            : contact.pupilName() + " (" + contact.className() + ")";
        StringBuilder text = new StringBuilder()
            .append("Dear ").append(contact.salutation() != null ? contact.salutation() : contact.parentName()).append(",\n\n")
            .append("Please find attached our annual letter for ").append(year.label())
            .append(" about social media and your responsibilities as the parent or carer of ").append(child)
            .append(".\n\n");
        if (returnBy != null) {
            text.append("Please return the slip at the end of the letter to the school office by ")
                .append(DAY.format(returnBy)).append(".\n\n");
        }
        text.append("Yours sincerely,\n\n");
        if (school.headTeacher() != null) {
            text.append(school.headTeacher().name()).append('\n').append(school.headTeacher().title()).append('\n');
        }
        return text.append(school.name()).append('\n').toString();
    }

    /** A short reason for the manifest, in words the office can act on. */
    static String reason(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "could not reach the mail server (" + cause.getMessage() + ")";
            }
            if (cause instanceof UnknownHostException) {
                return "the mail server's name is not known (" + cause.getMessage() + ")";
            }
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0) {
                return "the mail server refused the address (" + firstLine(refused.getMessage()) + ")";
            }
        }
        return firstLine(problem.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
