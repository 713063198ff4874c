package nl.gezinsplan.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.family.FamilySummary.Match;

/**
 * What a family search looks for: nine digits a BSN, a date (d-m-yyyy) a birth date, anything else the start of the
 * family name or of a member's first or last name. It gives the SQL condition, and afterwards says what matched.
 */
record SearchCriteria(String where, Map<String, Object> params, Match.Field field, Object sought) {

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    /** No search: lists that are not a search's results say nothing matched. */
    static final SearchCriteria NOTHING = new SearchCriteria("", Map.of(), null, null);

    /** A member as the search compares them. */
    record Candidate(String name, String firstName, String lastName, LocalDate birthDate, String bsn) {
    }

    static SearchCriteria of(String text, FamilyAccess.Condition visible) {
        Map<String, Object> params = new HashMap<>(visible.params());
        String typed = text == null ? "" : Input.searchable(text).trim();
        // the text narrows the families down first, so only those found need their access checked
        String where = typed.isEmpty() ? visible.sql() : visible.sqlPerFamily();
        Optional<Bsn> bsn = Bsn.parse(typed);
        Optional<LocalDate> birthDate = date(typed);
        if (bsn.isPresent()) {
            params.put("bsn", bsn.get().value());
            return new SearchCriteria(where + " and exists (select 1 from person p where p.family_id = f.id"
                    + " and p.bsn = :bsn)", params, Match.Field.BSN, bsn.get().value());
        }
        if (birthDate.isPresent()) {
            params.put("birthDate", birthDate.get());
            return new SearchCriteria(where + " and exists (select 1 from person p where p.family_id = f.id"
                    + " and p.birth_date = :birthDate)", params, Match.Field.BIRTH_DATE, birthDate.get());
        }
        if (typed.isEmpty()) {
            return new SearchCriteria(where, params, null, null);
        }
        String prefix = typed.toLowerCase(Locale.ROOT);
        params.put("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        return new SearchCriteria(where + " and (lower(f.name) like :prefix or exists (select 1 from person p"
                + " where p.family_id = f.id and (lower(p.last_name) like :prefix or lower(p.first_name) like :prefix)))",
                params, Match.Field.FAMILY_NAME, prefix);
    }

    /** Why the family with this name and these members was found; null when nothing was sought. */
    Match matchIn(String familyName, List<Candidate> members) {
        if (field == null) {
            return null;
        }
        if (field == Match.Field.FAMILY_NAME && startsWith(familyName)) {
            return new Match(Match.Field.FAMILY_NAME, null);
        }
        return members.stream().filter(this::matches).findFirst()
                .map(member -> new Match(field == Match.Field.FAMILY_NAME ? Match.Field.MEMBER_NAME : field,
                        member.name()))
                .orElse(null);
    }

    private boolean matches(Candidate member) {
        return switch (field) {
            case BSN -> sought.equals(member.bsn());
            case BIRTH_DATE -> sought.equals(member.birthDate());
            default -> startsWith(member.firstName()) || startsWith(member.lastName());
        };
    }

    private boolean startsWith(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith((String) sought);
    }

    private static Optional<LocalDate> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed, TYPED_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
