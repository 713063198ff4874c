package nl.gezinsplan.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language each user chose last, applied at their next login on any browser. */
@Service
@Transactional
public class AccountLanguages {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    AccountLanguages(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Remembers {@code language} for the signed-in user; without one, nothing. */
    public void remember(Locale language) {
        currentUser.username().ifPresent(username -> jdbc.sql(
                        "update user_account set language = :language where lower(username) = lower(:username)")
                .param("language", language.toLanguageTag())
                .param("username", username)
                .update());
    }

    /** The language of what is sent to the user when they are not signed in (e-mail): theirs, or Dutch. */
    @Transactional(readOnly = true)
    public Locale languageOf(String username) {
        return of(username).orElse(Locale.forLanguageTag("nl"));
    }

    @Transactional(readOnly = true)
    public Optional<Locale> of(String username) {
        if (!UserDirectory.isPossibleUsername(username)) {
            return Optional.empty();
        }
        return jdbc.sql("select language from user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query(String.class)
                .optional()
                .map(Locale::forLanguageTag);
    }
}
