package nl.gezinsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.security.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web defences over real HTTP, as a browser or an attacker meets them; the test context honours forward headers
 * from localhost as it would from a reverse proxy ({@code server.forward-headers-strategy=native}).
 */
@IntegrationTest
class WebDefencesTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageSendsItsSecurityHeadersAndPlainHttpNoHstsNorSecureCookie() throws Exception {
        HttpResponse<String> page = send(get("/inloggen"));

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .contains(WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).contains(WebSecurityConfiguration.PERMISSIONS_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void aRequestForwardedAsHttpsGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> page = send(get("/inloggen").header("X-Forwarded-Proto", "https"));

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure"));
    }

    @Test
    void theLoginFormNeedsTheTokenThatItsPageCarries() throws Exception {
        HttpResponse<String> page = send(get("/inloggen"));
        Matcher meta = META.matcher(page.body());
        String parameter = null;
        String token = null;
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                parameter = meta.group(2);
            }
        }
        assertThat(parameter).isEqualTo("_csrf");
        assertThat(token).isNotBlank();

        assertThat(send(login("anna", DemoUsers.PASSWORD, "")).statusCode()).isEqualTo(403);
        HttpResponse<String> loggedIn = send(login("anna", DemoUsers.PASSWORD, "&_csrf=" + encode(token)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error"));
    }

    @Test
    void failuresCountAgainstTheForwardedAddressNotTheProxys() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(loginAttempt("carla", "guess", "198.51.100.23"))).endsWith("/inloggen?error");
        }
        accountWaitIsOver("carla");

        assertThat(location(loginAttempt("carla", DemoUsers.PASSWORD, "198.51.100.23"))).endsWith("/inloggen?error");
        assertThat(location(loginAttempt("carla", DemoUsers.PASSWORD, "198.51.100.24"))).doesNotContain("error");
    }

    /** Time passes: the account's own wait of a second after five failures is over. */
    private void accountWaitIsOver(String username) {
        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = :username")
                .param("username", username).update();
    }

    /** A fresh visitor from {@code address}: opens the login page for its token and posts the form. */
    private HttpResponse<String> loginAttempt(String username, String password, String address) throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String body = visitor.send(get("/inloggen").header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(body);
        assertThat(meta.find()).isTrue();
        return visitor.send(login(username, password, "&_csrf=" + encode(meta.group(1)))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest.Builder login(String username, String password, String extra) {
        return get("/inloggen").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + extra));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
