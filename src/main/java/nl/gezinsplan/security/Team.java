package nl.gezinsplan.security;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A team: the people who share a caseload and a team inbox. Its code is the engine's candidate group of the team's
 * tasks ({@link Role#managersOf} that of its managers), so it never changes; the name may.
 */
public record Team(String code, String name) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * A new team; without a code, one made from the name ("Jeugd Noord" becomes {@code jeugd-noord}).
     *
     * @throws AccountRefused when the name or the code breaks a rule
     */
    static Team create(String code, String name) {
        String cleanName = checkedName(name);
        String cleanCode = code == null || code.isBlank() ? codeFor(cleanName) : code.strip();
        if (!isValidCode(cleanCode)) {
            throw new AccountRefused("security.team.code.invalid");
        }
        return new Team(cleanCode, cleanName);
    }

    /** @throws AccountRefused when the name breaks a rule */
    Team renamed(String newName) {
        return new Team(code, checkedName(newName));
    }

    /**
     * Lower-case letters and digits in words joined by dashes, and no group id the engine already gives another
     * meaning: a role's group, or the managers' group of a team.
     */
    private static boolean isValidCode(String code) {
        return code.length() <= SecurityLimits.TEAM_CODE && CODE.matcher(code).matches()
                && Arrays.stream(Role.values()).noneMatch(role -> role.groupId().equals(code))
                && Role.teamManagedBy(code).isEmpty();
    }

    private static String codeFor(String name) {
        String code = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return code.length() <= SecurityLimits.TEAM_CODE ? code
                : code.substring(0, SecurityLimits.TEAM_CODE).replaceAll("-$", "");
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (!SecurityLimits.isFilledIn(clean, SecurityLimits.TEAM_NAME)) {
            throw new AccountRefused("security.team.name.invalid");
        }
        return clean;
    }
}
