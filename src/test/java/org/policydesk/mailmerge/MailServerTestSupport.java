package org.policydesk.mailmerge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policydesk.DemoSchoolTestSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo school with a real SMTP server (GreenMail) on a free local port, fresh for each test,
 * and PolicyDesk's mail settings pointing at it: two messages per connection, so that a test can
 * stop the server between groups.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "policydesk.mail-merge.from=office@keston.example",
    "policydesk.mail-merge.messages-per-connection=2"})
public abstract class MailServerTestSupport extends DemoSchoolTestSupport {

    private static final int PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension MAIL_SERVER =
        new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
