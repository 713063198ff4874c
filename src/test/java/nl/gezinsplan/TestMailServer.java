package nl.gezinsplan;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, with a login, and the application's connection to
 * it: the tests send over SMTP as production does. A test that stops the server or spoils the password puts it back
 * ({@link #reset}), as the context is shared. Tests run the outbox's sender themselves
 * ({@code gezinsplan.mail.send-every} is an hour in {@link IntegrationTest}).
 */
@TestConfiguration
public class TestMailServer implements DisposableBean {

    static final String USERNAME = "gezinsplan";
    static final String PASSWORD = "smtp-secret";

    private final GreenMail server;
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    public TestMailServer() {
        server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("gezinsplan@localhost", USERNAME,
                        PASSWORD));
        server.start();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        sender.setUsername(USERNAME);
        sender.setPassword(PASSWORD);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    }

    @Bean
    JavaMailSender testMailSender() {
        return sender;
    }

    /** What arrived for this address, in the order it arrived. */
    public List<MimeMessage> receivedBy(String address) {
        return List.of(server.getReceivedMessages()).stream()
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The mail's part of this type ({@code text/plain}, {@code text/html}), wherever it is nested. */
    public static String part(MimeMessage mail, String type) {
        try {
            return part((jakarta.mail.Part) mail, type);
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(jakarta.mail.Part part, String type) throws jakarta.mail.MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public int receivedCount() {
        return server.getReceivedMessages().length;
    }

    /** The server refuses the application's login from now on. */
    public void refuseLogin() {
        sender.setPassword("not-" + PASSWORD);
    }

    /** The server is down: nothing listens on its port. */
    public void stop() {
        server.stop();
    }

    /** The server up again, accepting the application's login. */
    public void reset() {
        sender.setPassword(PASSWORD);
        if (!server.isRunning()) {
            server.start();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
