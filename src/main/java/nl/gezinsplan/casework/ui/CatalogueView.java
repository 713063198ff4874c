package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.security.Role;

/** The administrator keeps the product catalogue and the contracted providers up to date. */
@Route("beheer/producten")
@Menu(title = "casework.nav.catalogue", order = 2, icon = "vaadin:package")
@RolesAllowed(Role.ADMIN_NAME)
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final Catalogue catalogue;
    private final Grid<Product> products = new Grid<>();
    private final Grid<Provider> providers = new Grid<>();
    private ProductFilter filter = ProductFilter.ALL;

    public CatalogueView(Catalogue catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("casework.catalogue.products"), productsTab());
        tabs.add(getTranslation("casework.catalogue.providers"), providersTab());
        tabs.setSizeFull();
        add(new H1(getTranslation("casework.catalogue.title")), tabs);
        setFlexGrow(1, tabs);
    }

    private Component productsTab() {
        Select<Law> law = new Select<>();
        law.setItems(Law.values());
        law.setEmptySelectionAllowed(true);
        law.setEmptySelectionCaption(getTranslation("casework.catalogue.all-laws"));
        law.setItemLabelGenerator(this::lawName);
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("casework.catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        law.addValueChangeListener(event -> filter(new ProductFilter(event.getValue(), false, search.getValue())));
        search.addValueChangeListener(event -> filter(new ProductFilter(law.getValue(), false, event.getValue())));
        Button add = new Button(getTranslation("casework.catalogue.new-product"),
                click -> new ProductForm(catalogue, new Product(), this::refreshProducts).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // every short column as wide as its widest text, the name taking what is left and wrapping when it is longer:
        // nothing is cut off and nothing needs scrolling sideways (the compact padding leaves the name that room)
        products.addColumn(Product::getCode).setHeader(getTranslation("casework.product.code"));
        products.addColumn(Product::getName).setHeader(getTranslation("casework.product.name"));
        products.addColumn(product -> lawName(product.getLaw())).setHeader(getTranslation("casework.product.law"));
        products.addColumn(Product::getCategoryCode).setHeader(getTranslation("casework.product.category"));
        products.addColumn(product -> getTranslation("casework.unit." + product.getUnit().name()))
                .setHeader(getTranslation("casework.product.unit"));
        products.addColumn(product -> Formats.euros(product.getTariff(), getLocale()))
                .setHeader(getTranslation("casework.product.tariff")).setTextAlign(ColumnTextAlign.END);
        products.addColumn(product -> getTranslation("casework.financing.short." + product.getFinancing().name()))
                .setHeader(getTranslation("casework.product.financing"));
        products.addColumn(product -> product.getMaxDurationMonths() == null ? ""
                        : getTranslation("casework.catalogue.months", product.getMaxDurationMonths()))
                .setHeader(getTranslation("casework.catalogue.max-duration")).setTextAlign(ColumnTextAlign.END);
        products.addColumn(product -> product.isResidential() ? getTranslation("casework.yes") : "")
                .setHeader(getTranslation("casework.product.residential"));
        products.addColumn(product -> product.getHousingForm() == null ? ""
                : getTranslation("casework.housing-form." + product.getHousingForm().name()))
                .setHeader(getTranslation("casework.product.housing-form"));
        products.addColumn(product -> product.isActive() ? getTranslation("casework.yes") : "")
                .setHeader(getTranslation("casework.product.active"));
        products.getColumns().forEach(column -> column.setAutoWidth(true).setFlexGrow(0));
        products.getColumns().get(1).setAutoWidth(false).setFlexGrow(1);
        // the grid measures only the rows it shows first (Jeugdwet); longer law names come further down
        products.getColumns().get(2).setAutoWidth(false).setWidth("10em");
        // codes are measured on the first page only; a fixed width fits every code the catalogue allows
        products.getColumns().get(0).setAutoWidth(false).setWidth("8em");
        products.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        products.setItems(query -> catalogue.products(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) catalogue.countProducts(filter));
        products.addItemClickListener(click -> catalogue.product(click.getItem().getId())
                .ifPresent(product -> new ProductForm(catalogue, product, this::refreshProducts).open()));
        products.setSizeFull();

        HorizontalLayout tools = new HorizontalLayout(law, search, add);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(tools, products);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private Component providersTab() {
        TextField name = new TextField();
        FormInput.limit(name, CaseworkLimits.PROVIDER_NAME);
        name.setPlaceholder(getTranslation("casework.provider.new"));
        TextField agbCode = agbCodeField();
        agbCode.setPlaceholder(getTranslation("casework.provider.agb-code"));
        Button add = new Button(getTranslation("casework.provider.add"), click -> {
            Provider provider = new Provider();
            provider.setName(name.getValue());
            provider.setAgbCode(agbCode.getValue());
            if (save(provider)) {
                name.clear();
                agbCode.clear();
            }
        });

        // wide enough for a name beside the code and the button: a phone scrolls the grid sideways to reach them
        providers.addComponentColumn(this::editor).setKey("provider")
                .setHeader(getTranslation("casework.provider.name-agb-code")).setWidth("30em").setFlexGrow(2);
        providers.addColumn(provider -> String.join(", ", catalogue.productCodesOf(provider.getId())))
                .setHeader(getTranslation("casework.provider.products")).setFlexGrow(1);
        providers.addColumn(provider -> provider.isActive() ? getTranslation("casework.yes") : "")
                .setHeader(getTranslation("casework.provider.active")).setAutoWidth(true).setFlexGrow(0);
        providers.addComponentColumn(this::activationButton).setAutoWidth(true).setFlexGrow(0);
        providers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        refreshProviders();
        providers.setSizeFull();

        HorizontalLayout newProvider = new HorizontalLayout(name, agbCode, add);
        newProvider.setWrap(true);
        VerticalLayout tab = new VerticalLayout(newProvider, providers);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    /** Name and AGB code are changed in place, both saved with the row's own button. */
    private Component editor(Provider provider) {
        TextField name = new TextField();
        FormInput.limit(name, CaseworkLimits.PROVIDER_NAME);
        name.setValue(provider.getName());
        name.setAriaLabel(getTranslation("casework.provider.name"));
        name.setWidthFull();
        TextField agbCode = agbCodeField();
        agbCode.setValue(Objects.toString(provider.getAgbCode(), ""));
        agbCode.setAriaLabel(getTranslation("casework.provider.agb-code"));
        Button save = new Button(getTranslation("casework.form.save"), click -> {
            provider.setName(name.getValue());
            provider.setAgbCode(agbCode.getValue());
            save(provider);
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout field = new HorizontalLayout(name, agbCode, save);
        field.setWidthFull();
        return field;
    }

    private TextField agbCodeField() {
        TextField agbCode = FormInput.limit(new TextField(), CaseworkLimits.AGB_CODE);
        agbCode.setWidth("8em");
        return agbCode;
    }

    private Button activationButton(Provider provider) {
        Button button = new Button(getTranslation(provider.isActive() ? "casework.provider.deactivate"
                : "casework.provider.activate"), click -> {
            provider.setActive(!provider.isActive());
            if (!save(provider)) {
                provider.setActive(!provider.isActive());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Saves the provider; on a refusal the grid is not refreshed, so the fields keep what was typed. */
    private boolean save(Provider provider) {
        try {
            Provider saved = catalogue.save(provider);
            Notification.show(getTranslation("casework.provider.saved", saved.getName()));
            refreshProviders();
            return true;
        } catch (InvalidInput refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void filter(ProductFilter newFilter) {
        filter = newFilter;
        refreshProducts();
    }

    private void refreshProducts() {
        products.getDataProvider().refreshAll();
    }

    private void refreshProviders() {
        providers.setItems(catalogue.providers(false));
    }

    private String lawName(Law law) {
        return law == null ? getTranslation("casework.catalogue.all-laws") : getTranslation("casework.law." + law.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.catalogue.title");
    }
}
