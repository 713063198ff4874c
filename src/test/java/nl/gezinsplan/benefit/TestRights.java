package nl.gezinsplan.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Rights to income support (bijstand, the catalogue's PW01) of an adult in a new family of daan, the Participatiewet's
 * consultant, who stays signed in.
 */
@Component
public class TestRights {

    public static final String CONSULTANT = "daan";
    public static final String INCOME_SUPPORT = "PW01";

    private final TestFamilies testFamilies;
    private final Families families;
    private final Provisions provisions;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    TestRights(TestFamilies testFamilies, Families families, Provisions provisions, Catalogue catalogue,
               JdbcClient jdbc, UserDetailsService users) {
        this.users = users;
        this.testFamilies = testFamilies;
        this.families = families;
        this.provisions = provisions;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    /** A right to income support granted from {@code start} to {@code end}, as the route grants it. */
    public GrantedCare granted(LocalDate start, LocalDate end) {
        return granted(product(INCOME_SUPPORT), start, end);
    }

    /** A granted provision of another Participatiewet product (e.g. RE01, re-integration). */
    public GrantedCare granted(Product product, LocalDate start, LocalDate end) {
        Family family = testFamilies.registeredBy(CONSULTANT, "Bijstand");
        LocalDate birthDate = start.minusYears(35);
        Person adult = families.addPerson(family.getId(), testFamilies.person("Sam", "Bijstand", birthDate,
                FamilyRole.PARENT));
        Provision provision = provisions.allocate(family.getId(), new ProvisionDraft(adult.getId(), product.getId(),
                providerOf(product), BigDecimal.ONE, Frequency.PER_MONTH, start,
                end, start, end));
        // granted as the route's decision grants it; the route itself is RequestRouteTest's
        jdbc.sql("update provision set status = 'GRANTED' where id = :id").param("id", provision.getId()).update();
        return new GrantedCare(provision.getId(), family.getId(), adult.getId(), birthDate, Law.PARTICIPATIEWET,
                false, start, end);
    }

    /** The first provider (by name) that offers the product. */
    public long providerOf(Product product) {
        return catalogue.providersOf(product.getId()).get(0).getId();
    }

    /** The catalogue's product, looked up as daan, who stays signed in. */
    public Product product(String code) {
        SignIn.as(users, CONSULTANT);
        return catalogue.products(new ProductFilter(Law.PARTICIPATIEWET, true, code), 0, 1).get(0);
    }
}
