package nl.gezinsplan.security;

import java.util.Collection;

/**
 * Criteria for a directory search; a null criterion does not restrict. Like-patterns use SQL wildcards ({@code %}).
 *
 * @param text    matches user name or full name, case-insensitively, anywhere
 * @param groupId a team code, a role group id ({@link Role#groupId()}) or a team's managers ({@link Role#managersOf})
 */
public record UserFilter(String username, Collection<String> usernames, String firstNameLike, String lastNameLike,
                         String emailLike, String groupId, String text) {

    public static final UserFilter ALL = new UserFilter(null, null, null, null, null, null, null);

    public static UserFilter text(String text) {
        return new UserFilter(null, null, null, null, null, null, text == null || text.isBlank() ? null : text.trim());
    }

    /** The users with these names; none when the collection is empty. */
    public static UserFilter named(Collection<String> usernames) {
        return new UserFilter(null, usernames, null, null, null, null, null);
    }

    public static UserFilter group(String groupId) {
        return new UserFilter(null, null, null, null, null, groupId, null);
    }
}
