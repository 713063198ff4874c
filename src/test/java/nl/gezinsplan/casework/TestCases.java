package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds requests and proposals through the real services, for tests of the route: each request is for a new family,
 * registered by a consultant of the law's team, who stays signed in.
 */
@Component
public class TestCases {

    private static final Map<Law, String> CONSULTANTS = Map.of(
            Law.JEUGDWET, "anna", Law.WMO, "carla", Law.PARTICIPATIEWET, "daan");

    private final TestFamilies testFamilies;
    private final Families families;
    private final Requests requests;
    private final RequestSteps steps;
    private final Provisions provisions;
    private final Catalogue catalogue;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Map<String, Product> products = new HashMap<>();

    TestCases(TestFamilies testFamilies, Families families, Requests requests, RequestSteps steps,
              Provisions provisions,
              Catalogue catalogue, UserDetailsService users, JdbcClient jdbc) {
        this.testFamilies = testFamilies;
        this.families = families;
        this.requests = requests;
        this.steps = steps;
        this.provisions = provisions;
        this.catalogue = catalogue;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The demo consultant of the law's team. */
    public static String consultantOf(Law law) {
        return CONSULTANTS.get(law);
    }

    /** A request for a child of twelve. */
    public Request request(Law law, Referrer referrer, Urgency urgency, LocalDate requestedOn) {
        return request(law, referrer, urgency, requestedOn, requestedOn.minusYears(12));
    }

    public Request request(Law law, Referrer referrer, Urgency urgency, LocalDate requestedOn, LocalDate birthDate) {
        Family family = testFamilies.registeredBy(consultantOf(law), "Route");
        Person child = families.addPerson(family.getId(),
                testFamilies.person("Kim", "Route", birthDate, FamilyRole.CHILD));
        return requests.register(family.getId(),
                new RequestDraft(child.getId(), law, referrer, urgency, requestedOn, "Hulpvraag"));
    }

    /**
     * A request whose proposal of a one-off provision that costs {@code costPerYear} for six months is recorded as
     * made by {@code proposer}, who need not be of the law's team (tests of who sees whose proposal); the law's
     * consultant stays signed in. Its own route waits at triage.
     */
    public Request proposalBy(String proposer, Law law, double costPerYear, boolean residential) {
        product(law, residential);
        Request request = request(law, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        propose(request, costPerYear, 6, residential);
        steps.propose(request.getId(), "Past bij wat het gezin nodig heeft");
        jdbc.sql("update request set proposed_by = :proposer where id = :id")
                .param("proposer", proposer)
                .param("id", request.getId())
                .update();
        return requests.get(request.getId());
    }

    /**
     * Proposes, as the law's consultant, a one-off provision for the request that costs {@code costPerYear} and runs
     * for {@code months} from today.
     */
    public Provision propose(Request request, double costPerYear, int months, boolean residential) {
        Product product = product(request.getLaw(), residential);
        LocalDate start = LocalDate.now();
        return provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), product.getId(),
                providerOf(product).getId(), BigDecimal.valueOf(costPerYear), Frequency.ONCE,
                start, start.plusMonths(months).minusDays(1), null, null));
    }

    /** A youth born on {@code birthDate} in a new family of the youth team's consultant, who stays signed in. */
    public Person youth(LocalDate birthDate) {
        Family family = testFamilies.registeredBy(consultantOf(Law.JEUGDWET), "Perspectief");
        return families.addPerson(family.getId(), testFamilies.person("Jesse", "Perspectief", birthDate, FamilyRole.CHILD));
    }

    /**
     * Care recorded for a child of twelve in a new family, as a granted provision's route would receive it; the law's
     * consultant stays signed in.
     */
    public GrantedCare care(Law law, boolean residential, LocalDate start, LocalDate end) {
        Product product = product(law, residential);
        Family family = testFamilies.registeredBy(consultantOf(law), "Zorg");
        LocalDate birthDate = start.minusYears(12);
        Person child = families.addPerson(family.getId(), testFamilies.person("Noor", "Zorg", birthDate, FamilyRole.CHILD));
        Provision provision = provisions.allocate(family.getId(), new ProvisionDraft(child.getId(), product.getId(),
                providerOf(product).getId(), BigDecimal.TEN, Frequency.ONCE, start, end, start, end));
        return new GrantedCare(provision.getId(), family.getId(), child.getId(), birthDate, law, residential, start, end);
    }

    /** The test product of the law, at a tariff of one euro per piece. */
    public Product productOf(Law law) {
        return product(law, false);
    }

    /** The first provider (by name) that offers the product. */
    public Provider providerOf(Product product) {
        return catalogue.providersOf(product.getId()).get(0);
    }

    /** A product at a tariff of one euro, so a provision's volume is its cost. */
    private synchronized Product product(Law law, boolean residential) {
        return products.computeIfAbsent(law + "-" + residential, key -> {
            SignIn.as(users, "beheer");
            Product product = new Product();
            product.setCode(TestCatalogue.newCode());
            product.setName(residential ? "Verblijf (test)" : "Begeleiding (test)");
            product.setLaw(law);
            product.setCategoryCode(residential ? "43" : "45");
            product.setUnit(Unit.PIECE);
            product.setTariff(BigDecimal.ONE);
            product.setResidential(residential);
            // offered by every active provider, as tests propose it with any of them
            Product saved = catalogue.save(product, catalogue.providers(true).stream().map(Provider::getId).toList());
            SignIn.as(users, consultantOf(law));
            return saved;
        });
    }
}
