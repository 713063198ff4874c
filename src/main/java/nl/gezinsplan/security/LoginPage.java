package nl.gezinsplan.security;

/**
 * Where the login page is: the path of {@code base.ui.LoginView}, to which every door sends those who are not (or no
 * longer) signed in, and to which the password form posts. Here, not in {@code base}, because the security module's
 * own pages and filters lead there too.
 */
public final class LoginPage {

    /** In Dutch, as users read it: the page says "Inloggen". */
    public static final String PATH = "inloggen";
    /** The query parameter with which the page says the new password was saved. */
    public static final String PASSWORD_CHOSEN = "wachtwoord-gekozen";
    /** The query parameter with which the page says the family member's account was activated. */
    public static final String ACTIVATED = "geactiveerd";

    private LoginPage() {
    }
}
