package nl.gezinsplan.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    /**
     * Counts a failed login; from the {@code max}th in a row the account waits one second, doubling with every
     * further failure, at most {@code maxDelaySeconds}.
     */
    @Modifying
    @Query("""
            update user_account set
                failed_logins = failed_logins + 1,
                locked_until  = case when failed_logins + 1 < :max then locked_until
                    else cast(:now as timestamptz) + make_interval(
                        secs => least(power(2, least(failed_logins + 1 - :max, 30)), :maxDelaySeconds)) end
            where lower(username) = lower(:username)""")
    void recordFailedLogin(String username, int max, Instant now, long maxDelaySeconds);

    @Modifying
    @Query("update user_account set failed_logins = 0, locked_until = null where lower(username) = lower(:username)")
    void clearFailedLogins(String username);

    @Modifying
    @Query("update user_account set enabled = false where lower(username) = lower(:username) and role = 'FAMILY'")
    void disableFamilyLogin(String username);

    /**
     * Whether another staff account than {@code username}'s has this e-mail address, in any letter case. Family
     * members choose theirs themselves (two parents may share one), and single sign-on never matches them.
     */
    @Query("""
            select exists (select 1 from user_account
                           where lower(email) = lower(:email) and lower(username) <> lower(:username)
                             and role <> 'FAMILY')""")
    boolean isEmailTakenByOtherThan(String email, String username);

    /**
     * The active administrators, locked until the transaction ends: two administrators demoting each other at the
     * same moment are counted one after the other, so one administrator always stays.
     */
    @Query("select count(*) from (select id from user_account where role = 'ADMIN' and enabled for update) admins")
    long lockActiveAdministrators();

    @Modifying
    @Query("update user_account set password_hash = :hash, must_change_password = false where lower(username) = lower(:username)")
    void setPassword(String username, String hash);
}
