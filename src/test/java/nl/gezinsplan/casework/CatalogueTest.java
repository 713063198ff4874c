package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CatalogueTest {

    @Autowired
    Catalogue catalogue;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void staffListTheProductsOfOneLawPageByPage() {
        SignIn.as(users, "anna");
        ProductFilter wmo = new ProductFilter(Law.WMO, true, "");

        assertThat(catalogue.countProducts(wmo)).isGreaterThanOrEqualTo(9);
        assertThat(catalogue.products(wmo, 0, 5)).hasSize(5).allSatisfy(product -> {
            assertThat(product.getLaw()).isEqualTo(Law.WMO);
            assertThat(product.isActive()).isTrue();
        });
        assertThat(catalogue.products(new ProductFilter(null, false, "pleeg"), 0, 10))
                .extracting(Product::getCode).containsExactly("44A01");
    }

    @Test
    void aConsultantMayNotChangeTheCatalogue() {
        SignIn.as(users, "anna");

        assertThatThrownBy(() -> catalogue.save(product(TestCatalogue.newCode(), "12.50")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.save(new Provider())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void familyMembersMayNotEvenReadIt() {
        SignIn.as(users, "sanne");

        assertThatThrownBy(() -> catalogue.providers(true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdministratorAddsAndChangesAProduct() {
        SignIn.as(users, "beheer");
        String code = TestCatalogue.newCode();

        Product saved = catalogue.save(product(code, "12.50"));
        saved.setTariff(new BigDecimal("13.75"));
        catalogue.save(saved);

        assertThat(catalogue.product(saved.getId()).orElseThrow().getTariff()).isEqualByComparingTo("13.75");
    }

    @Test
    void refusesAnInvalidProduct() {
        SignIn.as(users, "beheer");

        assertRefused(product("45A01", "10"), "casework.product.code.taken");
        assertRefused(product(TestCatalogue.newCode(), "-1"), "casework.product.tariff.invalid");
        assertRefused(product(" ", "10"), "casework.product.code.required");
        Product nameless = product(TestCatalogue.newCode(), "10");
        nameless.setName("");
        assertRefused(nameless, "casework.product.name.required");
        Product lightAtHome = product(TestCatalogue.newCode(), "10");
        lightAtHome.setHousingForm(HousingForm.LIGHT);
        assertRefused(lightAtHome, "casework.product.residential-only");
    }

    @Test
    void theAdministratorKeepsTheProviders() {
        SignIn.as(users, "beheer");
        Provider provider = new Provider();
        provider.setName("Zorg " + TestCatalogue.newCode());
        Provider saved = catalogue.save(provider);

        saved.setActive(false);
        catalogue.save(saved);

        assertThat(catalogue.providers(true)).extracting(Provider::getId).doesNotContain(saved.getId());
        assertThat(catalogue.providers(false)).extracting(Provider::getId).contains(saved.getId());
        Provider twin = new Provider();
        twin.setName(saved.getName().toUpperCase());
        assertThatThrownBy(() -> catalogue.save(twin))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provider.name.taken");
    }

    private void assertRefused(Product product, String messageKey) {
        assertThatThrownBy(() -> catalogue.save(product)).isInstanceOf(InvalidInput.class).hasMessage(messageKey);
    }

    private static Product product(String code, String tariff) {
        Product product = new Product();
        product.setCode(code);
        product.setName("Ambulante hulp");
        product.setLaw(Law.JEUGDWET);
        product.setCategoryCode("45");
        product.setUnit(Unit.HOUR);
        product.setTariff(new BigDecimal(tariff));
        return product;
    }
}
