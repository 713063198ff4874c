package nl.gezinsplan.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family member's e-mail address and whether they want the e-mails that say there is something new for them in
 * the portal. The address comes from the invitation; the member sees and changes it, and turns the e-mails off,
 * under Mijn account. Staff addresses are the administrator's ({@link StaffAdministration}).
 */
@Service
@Transactional
public class AccountEmails {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AccountEmails(JdbcClient jdbc, CurrentUser currentUser, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The signed-in family member's address (empty: none) and choice. */
    @PreAuthorize("hasRole('" + Role.FAMILY_NAME + "')")
    @Transactional(readOnly = true)
    public OwnEmail own() {
        return jdbc.sql("select email, mails_wanted from user_account where lower(username) = lower(:username)")
                .param("username", currentUser.require().username())
                .query((rs, row) -> new OwnEmail(Optional.ofNullable(rs.getString(1)).orElse(""), rs.getBoolean(2)))
                .single();
    }

    /**
     * Changes the signed-in family member's address (blank: none) and whether they want family e-mails.
     *
     * @throws AccountRefused when the address does not look like one
     */
    @PreAuthorize("hasRole('" + Role.FAMILY_NAME + "')")
    public void changeOwn(String email, boolean wanted) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !EmailAddress.isValid(address)) {
            throw new AccountRefused("security.account.email.invalid");
        }
        jdbc.sql("""
                        update user_account set email = :email, mails_wanted = :wanted
                        where lower(username) = lower(:username) and role = 'FAMILY'""")
                .param("email", address)
                .param("wanted", wanted)
                .param("username", currentUser.require().username())
                .update();
        String username = currentUser.require().username();
        audit.recordOutsideFile(username, AuditAction.UPDATE, "audit.account.email-changed", username);
    }

    /**
     * Where the family e-mails of this login go: only for an active family member's login with an address, who has
     * not turned them off. For the reactions that send them, with nobody signed in.
     */
    @Transactional(readOnly = true)
    public Optional<String> familyMailTo(String username) {
        return jdbc.sql("""
                        select email from user_account
                        where lower(username) = lower(:username) and role = 'FAMILY' and enabled and mails_wanted
                          and email is not null""")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    /** @param email the address, empty when there is none */
    public record OwnEmail(String email, boolean wanted) {
    }
}
