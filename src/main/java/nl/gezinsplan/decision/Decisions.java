package nl.gezinsplan.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a closed request decided, for its letter. This deliberately skips FamilyAccess: the letter is made while
 * the route closes the request, by whoever completed the last task (a panel member, a colleague of another team) or
 * by nobody, and the decision must not fail because that user may no longer read the family once it is closed. Who
 * reads the letter afterwards goes through the access check in {@link DecisionLetters}.
 */
@Component
class Decisions {

    private static final String REQUEST = """
            select r.law, r.requested_on, r.closed_on, r.refusal_reasons, r.alternatives,
                   p.first_name || ' ' || p.last_name person_name, p.birth_date, p.family_role,
                   array(select pa.first_name || ' ' || pa.last_name from person pa
                         where pa.family_id = r.family_id and pa.family_role = 'PARENT'
                         order by pa.birth_date, pa.id) parents,
                   f.street, f.house_number, f.postal_code, f.city
            from request r
            join person p on p.id = r.person_id
            join family f on f.id = r.family_id
            where r.id = :requestId""";

    private static final String PROVISIONS = """
            select pr.code, pr.name, pr.category_code, pr.unit, pv.name provider_name, v.volume, v.frequency,
                   v.allocation_start, v.allocation_end
            from provision v
            join product pr on pr.id = v.product_id
            join provider pv on pv.id = v.provider_id
            where v.request_id = :requestId and v.status = :status
            order by v.allocation_start, v.id""";

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Decision of(long requestId, DecisionKind kind) {
        // a granted request's provisions are granted; a refused one's were asked for and are not granted
        String status = kind == DecisionKind.GRANTED ? "GRANTED" : "NOT_GRANTED";
        List<Decision.DecidedProvision> provisions = jdbc.sql(PROVISIONS)
                .param("requestId", requestId)
                .param("status", status)
                .query(Decisions::toProvision)
                .list();
        return jdbc.sql(REQUEST)
                .param("requestId", requestId)
                .query((rs, row) -> new Decision(requestId, kind, Law.valueOf(rs.getString("law")),
                        rs.getObject("requested_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getString("person_name"),
                        rs.getObject("birth_date", LocalDate.class), addressees(rs), address(rs),
                        provisions, refusalReasons(rs.getString("refusal_reasons")), rs.getString("alternatives")))
                .single();
    }

    /** A child's letter goes to its parents; an adult's, or that of a child without parents on file, to themselves. */
    private static List<String> addressees(ResultSet rs) throws SQLException {
        List<String> parents = List.of((String[]) rs.getArray("parents").getArray());
        boolean child = "CHILD".equals(rs.getString("family_role"));
        return child && !parents.isEmpty() ? parents : List.of(rs.getString("person_name"));
    }

    private static List<String> address(ResultSet rs) throws SQLException {
        return Stream.of(join(rs.getString("street"), rs.getString("house_number")),
                        join(rs.getString("postal_code"), rs.getString("city")))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String join(String first, String second) {
        return Stream.of(first, second).filter(part -> part != null && !part.isBlank()).map(String::trim)
                .reduce((left, right) -> left + " " + right).orElse("");
    }

    private static List<RefusalReason> refusalReasons(String codes) {
        return codes == null ? List.of() : Arrays.stream(codes.split(",")).map(RefusalReason::valueOf).toList();
    }

    private static Decision.DecidedProvision toProvision(ResultSet rs, int row) throws SQLException {
        return new Decision.DecidedProvision(rs.getString("code"), rs.getString("name"),
                rs.getString("category_code"), Unit.valueOf(rs.getString("unit")), rs.getString("provider_name"),
                rs.getBigDecimal("volume"), Frequency.valueOf(rs.getString("frequency")),
                rs.getObject("allocation_start", LocalDate.class),
                rs.getObject("allocation_end", LocalDate.class));
    }
}
