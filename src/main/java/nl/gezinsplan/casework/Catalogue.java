package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue and the contracted providers: read by all staff, kept up to date by the administrator. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('CONSULTANT', 'MANAGER', 'ADMIN')")
public class Catalogue {

    /** An AGB code (Vektis): eight digits, the first two the kind of care. */
    private static final Pattern AGB_CODE = Pattern.compile("[0-9]{8}");
    /** Youth care runs until 18, extendable to 23: no contract agrees on more than that. */
    private static final int MAX_DURATION_MONTHS = 240;

    private final ProductRepository products;
    private final ProviderRepository providers;

    Catalogue(ProductRepository products, ProviderRepository providers) {
        this.products = products;
        this.providers = providers;
    }

    @Transactional(readOnly = true)
    public List<Product> products(ProductFilter filter, int offset, int limit) {
        return products.find(law(filter), filter.activeOnly(), pattern(filter), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countProducts(ProductFilter filter) {
        return products.count(law(filter), filter.activeOnly(), pattern(filter));
    }

    @Transactional(readOnly = true)
    public Optional<Product> product(long productId) {
        return products.findById(productId);
    }

    /** The providers by name; only the active ones can take new provisions. */
    @Transactional(readOnly = true)
    public List<Provider> providers(boolean activeOnly) {
        return providers.find(activeOnly);
    }

    /** The active providers that offer the product, by name: those a proposal for it can choose from. */
    @Transactional(readOnly = true)
    public List<Provider> providersOf(long productId) {
        return providers.offering(productId, true);
    }

    /** The providers that offer the product, active or not. */
    @Transactional(readOnly = true)
    public List<Provider> allProvidersOf(long productId) {
        return providers.offering(productId, false);
    }

    /** The codes of the products the provider is contracted for, in code order. */
    @Transactional(readOnly = true)
    public List<String> productCodesOf(long providerId) {
        return products.contractedWith(providerId);
    }

    /** Adds a new product or changes an existing one. */
    @PreAuthorize("hasRole('ADMIN')")
    public Product save(Product product) {
        validate(product);
        return products.save(product);
    }

    /** Adds a new product or changes an existing one, with the providers that offer it. */
    @PreAuthorize("hasRole('ADMIN')")
    public Product save(Product product, Collection<Long> offeredBy) {
        Product saved = save(product);
        providers.withdrawOffers(saved.getId());
        offeredBy.stream().distinct().forEach(provider -> providers.offer(provider, saved.getId()));
        return saved;
    }

    /** Adds a new provider or renames, deactivates or reactivates an existing one. */
    @PreAuthorize("hasRole('ADMIN')")
    public Provider save(Provider provider) {
        Input.requiredText(provider.getName(), CaseworkLimits.PROVIDER_NAME, "casework.provider.name.required");
        provider.setName(provider.getName().trim());
        if (isTakenByAnother(providers.findByName(provider.getName()).map(Provider::getId), provider.getId())) {
            throw new InvalidInput("casework.provider.name.taken", provider.getName());
        }
        if (provider.getAgbCode() != null) {
            if (!AGB_CODE.matcher(provider.getAgbCode()).matches()) {
                throw new InvalidInput("casework.provider.agb-code.invalid", provider.getAgbCode());
            }
            if (isTakenByAnother(providers.findByAgbCode(provider.getAgbCode()).map(Provider::getId), provider.getId())) {
                throw new InvalidInput("casework.provider.agb-code.taken", provider.getAgbCode());
            }
        }
        return providers.save(provider);
    }

    private void validate(Product product) {
        Input.requiredText(product.getCode(), CaseworkLimits.PRODUCT_CODE, "casework.product.code.required");
        if (isTakenByAnother(products.findByCode(product.getCode()).map(Product::getId), product.getId())) {
            throw new InvalidInput("casework.product.code.taken", product.getCode());
        }
        Input.requiredText(product.getName(), CaseworkLimits.PRODUCT_NAME, "casework.product.name.required");
        if (product.getLaw() == null) {
            throw new InvalidInput("casework.product.law.required");
        }
        Input.requiredText(product.getCategoryCode(), CaseworkLimits.PRODUCT_CATEGORY, "casework.product.category.required");
        if (product.getUnit() == null) {
            throw new InvalidInput("casework.product.unit.required");
        }
        Input.number(product.getTariff(), CaseworkLimits.TARIFF);
        if (product.getTariff() == null || product.getTariff().compareTo(BigDecimal.ZERO) < 0) {
            throw new InvalidInput("casework.product.tariff.invalid");
        }
        if (!product.isResidential() && (product.getHousingForm() != null || product.isFosterCare())) {
            throw new InvalidInput("casework.product.residential-only");
        }
        if (product.getFinancing() == null) {
            throw new InvalidInput("casework.product.financing.required");
        }
        Integer months = product.getMaxDurationMonths();
        if (months != null && (months < 1 || months > MAX_DURATION_MONTHS)) {
            throw new InvalidInput("casework.product.max-duration.invalid", MAX_DURATION_MONTHS);
        }
    }

    private static boolean isTakenByAnother(Optional<Long> holder, Long id) {
        return holder.filter(other -> !other.equals(id)).isPresent();
    }

    private static String law(ProductFilter filter) {
        return filter.law() == null ? null : filter.law().name();
    }

    private static String pattern(ProductFilter filter) {
        String text = filter.text() == null ? "" : Input.searchable(filter.text()).trim().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
