package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
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

    @Test
    void aProductMayRunAtMostTwentyYearsUnderItsContractOrWithoutMaximum() {
        SignIn.as(users, "beheer");

        assertRefused(lasting(0), "casework.product.max-duration.invalid");
        assertRefused(lasting(241), "casework.product.max-duration.invalid");
        Product noForm = product(TestCatalogue.newCode(), "10");
        noForm.setFinancing(null);
        assertRefused(noForm, "casework.product.financing.required");

        Product longest = lasting(240);
        longest.setFinancing(Financing.PERSONAL_BUDGET);
        Product saved = catalogue.product(catalogue.save(longest).getId()).orElseThrow();
        assertThat(saved.getMaxDurationMonths()).isEqualTo(240);
        assertThat(saved.getFinancing()).isEqualTo(Financing.PERSONAL_BUDGET);
        assertThat(catalogue.save(lasting(1)).getMaxDurationMonths()).isEqualTo(1);
        assertThat(catalogue.save(lasting(null)).getMaxDurationMonths()).isNull();
    }

    @Test
    void aProvidersAgbCodeIsEightDigitsOfItsOwn() {
        SignIn.as(users, "beheer");
        String agbCode = TestCatalogue.newAgbCode();

        assertRefused(provider("1234567"), "casework.provider.agb-code.invalid");
        assertRefused(provider("9800123A"), "casework.provider.agb-code.invalid");
        Provider saved = catalogue.save(provider(" " + agbCode + " "));
        assertThat(saved.getAgbCode()).isEqualTo(agbCode);
        assertThat(catalogue.save(saved).getAgbCode()).as("its own code is not taken").isEqualTo(agbCode);
        assertRefused(provider(agbCode), "casework.provider.agb-code.taken");
        assertThat(catalogue.save(provider("")).getAgbCode()).as("not known yet").isNull();
    }

    @Test
    void listsTheProductCodesAProviderIsContractedForInCodeOrder() {
        SignIn.as(users, "beheer");
        Provider provider = catalogue.save(provider(null));
        String later = "Z" + TestCatalogue.newCode();
        String earlier = "A" + TestCatalogue.newCode();
        catalogue.save(product(later, "10"), List.of(provider.getId()));
        catalogue.save(product(earlier, "10"), List.of(provider.getId()));
        catalogue.save(product(TestCatalogue.newCode(), "10"), List.of());

        assertThat(catalogue.productCodesOf(provider.getId())).containsExactly(earlier, later);
    }

    private void assertRefused(Provider provider, String messageKey) {
        assertThatThrownBy(() -> catalogue.save(provider)).isInstanceOf(InvalidInput.class).hasMessage(messageKey);
    }

    private static Provider provider(String agbCode) {
        Provider provider = new Provider();
        provider.setName("Zorg " + TestCatalogue.newCode());
        provider.setAgbCode(agbCode);
        return provider;
    }

    private static Product lasting(Integer months) {
        Product product = product(TestCatalogue.newCode(), "10");
        product.setMaxDurationMonths(months);
        return product;
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
