package nl.gezinsplan.portal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyAccountLinks;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.MemberFacts;
import nl.gezinsplan.mail.MailComposer;
import nl.gezinsplan.mail.Outbox;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.EmailAddress;
import nl.gezinsplan.security.OneTimeCode;
import nl.gezinsplan.security.UserAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of a family has a portal account: a consultant with access to the family invites a parent, another adult or a
 * youth of 16 or older with a first-time code, the member makes their own login with it, and the consultant can end
 * that access again. The consultant passes the code on in person, or gives the member's e-mail address, to which the
 * activation link goes; that address becomes the account's.
 */
@Service
@Transactional
@EnableConfigurationProperties(InvitationSettings.class)
public class PortalAccess {

    /** The one message for every code that does not work, so a guesser learns nothing about which codes exist. */
    static final String CODE_REFUSED = "portal.access.code.refused";
    /** A first-time code's characters: 60 random bits, shown as XXXX-XXXX-XXXX, enough for a code that expires. */
    static final int CODE_LENGTH = 12;

    private final JdbcClient jdbc;
    private final FamilyAccess access;
    private final FamilyAccounts accounts;
    private final FamilyAccountLinks links;
    private final FamilyFacts families;
    private final UserAccounts userAccounts;
    private final CurrentUser currentUser;
    private final ActivationThrottle throttle;
    private final InvitationSettings settings;
    private final Outbox outbox;
    private final MailComposer mails;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PortalAccess(JdbcClient jdbc, FamilyAccess access, FamilyAccounts accounts, FamilyAccountLinks links,
                 FamilyFacts families, UserAccounts userAccounts, CurrentUser currentUser, ActivationThrottle throttle,
                 InvitationSettings settings, Outbox outbox, MailComposer mails, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.links = links;
        this.families = families;
        this.userAccounts = userAccounts;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.settings = settings;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    /** Every member of the family with their portal access; for those who may read the family (audited). */
    public List<MemberAccess> ofFamily(long familyId) {
        access.requireRead(familyId, "audit.portal.access.read", null);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Instant> activeSince = families.portalLoginsSince(familyId);
        Map<Long, Instant> invitedUntil = jdbc.sql("""
                        select person_id, max(expires_at) until from family_invitation
                        where family_id = :familyId and used_at is null and revoked_at is null and expires_at > :now
                        group by person_id""")
                .param("familyId", familyId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> Map.entry(rs.getLong("person_id"), rs.getTimestamp("until").toInstant()))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return families.membersOf(familyId).stream()
                .sorted(Comparator.comparing(MemberFacts::id))
                .map(member -> {
                    if (activeSince.containsKey(member.id())) {
                        return new MemberAccess(member.id(), member.name(), MemberAccess.Status.ACTIVE,
                                activeSince.get(member.id()));
                    }
                    if (!eligible(member.role(), member.birthDate(), today)) {
                        return new MemberAccess(member.id(), member.name(), MemberAccess.Status.TOO_YOUNG, null);
                    }
                    Instant until = invitedUntil.get(member.id());
                    return until == null ? new MemberAccess(member.id(), member.name(), MemberAccess.Status.NONE, null)
                            : new MemberAccess(member.id(), member.name(), MemberAccess.Status.INVITED, until);
                })
                .toList();
    }

    /**
     * Invites the member to make a portal account, in place of any invitation they still had. Returns the code, which
     * is not kept and so can be shown only now.
     */
    public Invitation invite(long personId) {
        return invite(personId, null);
    }

    /**
     * Invites the member as {@link #invite(long)} does and, with an e-mail address, sends them the activation link
     * (in Dutch and English: their language is not known yet). The address becomes their account's at activation.
     *
     * @param email the member's address, or blank for none
     */
    public Invitation invite(long personId, String email) {
        MemberFacts member = memberOf(personId);
        access.requireChange(member.familyId(), AuditAction.CREATE, "audit.portal.access.invited", member.name());
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !EmailAddress.isValid(address)) {
            throw new InvalidInput("portal.access.invite.email.invalid");
        }
        if (!eligible(member.role(), member.birthDate(), LocalDate.now(clock))) {
            throw new InvalidInput("portal.access.invite.too-young", member.firstName(), FamilyMember.OWN_SAY_AGE);
        }
        if (accounts.activeLoginOf(personId).isPresent()) {
            throw new InvalidInput("portal.access.invite.has-account", member.firstName());
        }
        revokeOpenInvitations(personId);
        OneTimeCode code = OneTimeCode.random(random, CODE_LENGTH);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.invitationValidFor());
        jdbc.sql("""
                        insert into family_invitation (person_id, family_id, code_hash, created_by, created_at, expires_at,
                                                       email)
                        values (:personId, :familyId, :codeHash, :createdBy, :now, :expiresAt, :email)""")
                .param("personId", personId)
                .param("familyId", member.familyId())
                .param("codeHash", code.hash())
                .param("createdBy", currentUser.require().username())
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(expiresAt))
                .param("email", address)
                .update();
        String path = "activeren?code=" + code.shown();
        if (address != null) {
            // the last day in the municipality's zone, at noon: the same date wherever the mail is formatted
            Date lastDay = Date.from(expiresAt.atZone(ClockConfiguration.MUNICIPALITY_ZONE).toLocalDate()
                    .atTime(12, 0).toInstant(ZoneOffset.UTC));
            outbox.enqueue(mails.composeInDutchAndEnglish(address, "invitation", path, lastDay));
        }
        String link = settings.baseUrl().replaceAll("/+$", "") + "/" + path;
        return new Invitation(personId, member.name(), code.shown(), link, expiresAt, address);
    }

    /**
     * Makes the login of the member whose invitation carries {@code code}, linked to them, and uses the invitation up.
     * A code that does not exist, was used, revoked or expired is refused with one message for all; after too many
     * from one address, activating from there pauses.
     *
     * @param from the caller's network address, for the pause
     */
    public void activate(String code, String username, String password, String from) {
        if (throttle.paused(from)) {
            throw new InvalidInput("portal.access.code.paused", settings.activationPause().toMinutes());
        }
        OpenInvitation invitation = jdbc.sql("""
                        select id, person_id, created_by, email from family_invitation
                        where code_hash = :codeHash and used_at is null and revoked_at is null and expires_at > :now
                        for update""")
                .param("codeHash", OneTimeCode.typed(code).hash())
                .param("now", Timestamp.from(clock.instant()))
                .query(OpenInvitation.class)
                .optional()
                .orElse(null);
        if (invitation == null) {
            throttle.failed(from);
            throw new InvalidInput(CODE_REFUSED);
        }
        MemberFacts member = memberOf(invitation.personId());
        try {
            userAccounts.createFamilyLogin(username, member.firstName(), member.lastName(), password,
                    invitation.email());
        } catch (AccountRefused refused) {
            throw new InvalidInput(refused.messageKey());
        }
        links.link(username, member.id(), invitation.createdBy());
        jdbc.sql("update family_invitation set used_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", invitation.id())
                .update();
        access.recordActivation(member.familyId(), username, "audit.portal.access.activated", member.name());
    }

    /**
     * Ends the member's portal access: their login is unlinked and can no longer sign in, and an open invitation stops
     * working. A session the member still has is refused on its next call, as every portal service checks the link.
     */
    public void revoke(long personId) {
        MemberFacts member = memberOf(personId);
        access.requireChange(member.familyId(), AuditAction.UPDATE, "audit.portal.access.revoked", member.name());
        links.revoke(personId, currentUser.require().username()).ifPresent(userAccounts::disableFamilyLogin);
        revokeOpenInvitations(personId);
    }

    /** Parents and other adults, and youths from the age at which they have their own say. */
    private static boolean eligible(FamilyRole role, LocalDate birthDate, LocalDate today) {
        return role != FamilyRole.CHILD || Period.between(birthDate, today).getYears() >= FamilyMember.OWN_SAY_AGE;
    }

    private void revokeOpenInvitations(long personId) {
        jdbc.sql("""
                        update family_invitation set revoked_at = :now
                        where person_id = :personId and used_at is null and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("personId", personId)
                .update();
    }

    private MemberFacts memberOf(long personId) {
        return families.member(personId).orElseThrow(() -> new EmptyResultDataAccessException(1));
    }

    private record OpenInvitation(long id, long personId, String createdBy, String email) {
    }
}
