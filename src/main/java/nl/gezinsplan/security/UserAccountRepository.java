package nl.gezinsplan.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    /** Counts a failed login; the one that reaches {@code max} locks the account until {@code lockUntil}. */
    @Modifying
    @Query("""
            update user_account set
                failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                locked_until  = case when failed_logins + 1 >= :max then :lockUntil else locked_until end
            where lower(username) = lower(:username)""")
    void recordFailedLogin(String username, int max, Instant lockUntil);

    @Modifying
    @Query("update user_account set failed_logins = 0, locked_until = null where lower(username) = lower(:username)")
    void clearFailedLogins(String username);

    @Modifying
    @Query("update user_account set enabled = false where lower(username) = lower(:username) and role = 'FAMILY'")
    void disableFamilyLogin(String username);
}
