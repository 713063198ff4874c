package nl.gezinsplan.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with TOTP (RFC 6238: SHA-1, 6 digits, 30 seconds, what every authenticator app reads from the
 * QR code) and ten recovery codes. The signed-in user enrols and makes new recovery codes here; the login's second
 * step ({@link SecondFactorLogin}) uses the package's methods; an administrator resets a user's two-factor.
 */
@Service
@Transactional
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    static final int PERIOD_SECONDS = 30;
    private static final String ISSUER = "Gezinsplan";

    /** Where enrolment and verification stand for the signed-in user. */
    public record Status(TwoFactorMode mode, boolean required, boolean enrolled, int recoveryCodesLeft) {

        public boolean offered() {
            return mode != TwoFactorMode.OFF;
        }
    }

    /** A new secret, for the app: as a QR code (a PNG as data URI) and as text to type. */
    public record Enrolment(String secret, String qrCode) {
    }

    private final TwoFactorStore store;
    private final TwoFactorKey key;
    private final TwoFactorPolicy policy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    TwoFactor(TwoFactorStore store, TwoFactorKey key, TwoFactorPolicy policy, CurrentUser currentUser, AuditLog audit,
              Clock clock) {
        this.store = store;
        this.key = key;
        this.policy = policy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Status status() {
        TwoFactorStore.Account account = signedIn();
        TwoFactorMode mode = policy.mode();
        return new Status(mode, mode.requiredFor(account.role()), account.enrolled(),
                account.enrolled() ? store.recoveryCodesLeft(account.id()) : 0);
    }

    @PreAuthorize("isAuthenticated()")
    public Enrolment startEnrolment() {
        return start(currentUser.require().username());
    }

    /** @return the recovery codes, to be shown once */
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String code) {
        return confirm(currentUser.require().username(), code);
    }

    /** Replaces the signed-in user's recovery codes, used or not, by ten new ones, to be shown once. */
    @PreAuthorize("isAuthenticated()")
    public List<String> newRecoveryCodes() {
        TwoFactorStore.Account account = signedIn();
        if (!account.enrolled()) {
            throw new AccountRefused("security.two-factor.not-enrolled");
        }
        return newRecoveryCodes(account.id());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean isEnrolled(String username) {
        return store.find(username).filter(TwoFactorStore.Account::enrolled).isPresent();
    }

    /**
     * The user enrols again at their next login with a password (when two-factor applies to them). Not for one's own
     * account: a session left open must not be able to drop its owner's second factor; another administrator does it.
     *
     * @throws AccountRefused for one's own account
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(String username) {
        if (currentUser.require().username().equalsIgnoreCase(username)) {
            throw new AccountRefused("security.two-factor.reset-own");
        }
        TwoFactorStore.Account account = store.find(username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (store.delete(account.id())) {
            audit.recordOutsideFile(currentUser.require().username(), AuditAction.UPDATE, "audit.two-factor.reset",
                    account.username());
        }
    }

    /** Whether a login with a correct password still needs a code: when enrolled, or when the mode requires it. */
    @Transactional(readOnly = true)
    boolean dueAtLogin(String username) {
        TwoFactorMode mode = policy.mode();
        return mode != TwoFactorMode.OFF && store.find(username)
                .filter(account -> account.enrolled() || mode.requiredFor(account.role()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    boolean enrolled(String username) {
        return store.find(username).filter(TwoFactorStore.Account::enrolled).isPresent();
    }

    Enrolment start(String username) {
        TwoFactorStore.Account account = store.find(username).orElseThrow();
        if (policy.mode() == TwoFactorMode.OFF) {
            throw new AccountRefused("security.two-factor.off");
        }
        if (account.enrolled()) {
            throw new AccountRefused("security.two-factor.already-enrolled");
        }
        // a page reloaded during the enrolment shows the same secret, which an app may have scanned already
        String secret = account.enrolling() ? key.decrypt(account.secret()) : new DefaultSecretGenerator().generate();
        store.saveUnconfirmed(account.id(), key.encrypt(secret));
        QrData data = new QrData.Builder().label(ISSUER + ":" + account.username()).issuer(ISSUER).secret(secret)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The first code from the app proves it holds the secret: from now on the user is enrolled. */
    List<String> confirm(String username, String code) {
        if (code == null || code.isBlank()) {
            throw new AccountRefused("security.two-factor.code-required");
        }
        TwoFactorStore.Account account = store.find(username).filter(TwoFactorStore.Account::enrolling)
                .orElseThrow(() -> new AccountRefused("security.two-factor.no-enrolment"));
        long step = matchingTimeStep(key.decrypt(account.secret()), code, null)
                .orElseThrow(() -> new AccountRefused("security.two-factor.wrong-first-code"));
        if (!store.confirm(account.id(), step, clock.instant())) {
            throw new AccountRefused("security.two-factor.no-enrolment");
        }
        return newRecoveryCodes(account.id());
    }

    /** A TOTP code of a time step after the last one accepted, or an unused recovery code, which is then used. */
    boolean accepts(String username, String code) {
        Optional<TwoFactorStore.Account> found = store.find(username).filter(TwoFactorStore.Account::enrolled);
        if (found.isEmpty()) {
            return false;
        }
        TwoFactorStore.Account account = found.get();
        String typed = code.replaceAll("\\s", "");
        if (typed.matches("\\d{6}")) {
            return matchingTimeStep(key.decrypt(account.secret()), typed, account.lastTimeStep())
                    .filter(step -> store.useTimeStep(account.id(), step))
                    .isPresent();
        }
        return store.useRecoveryCode(account.id(), hash(typed), clock.instant());
    }

    /** The time step, from one before now to one after (clocks differ a little), whose code this is. */
    private Optional<Long> matchingTimeStep(String secret, String code, Long after) {
        String typed = code.replaceAll("\\s", "");
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if ((after == null || step > after) && MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.UTF_8))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> recoveryCodes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        store.replaceRecoveryCodes(userId, recoveryCodes.stream().map(TwoFactor::hash).toList());
        return recoveryCodes;
    }

    /** SHA-256 of the code's letters and digits, so that case, spaces and dashes do not matter. */
    private static String hash(String recoveryCode) {
        String normalized = recoveryCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Sha256.hex(normalized.getBytes(StandardCharsets.UTF_8));
    }

    private TwoFactorStore.Account signedIn() {
        return store.find(currentUser.require().username()).orElseThrow();
    }
}
