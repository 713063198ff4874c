package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Financing;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.family.Person;

/**
 * A consultant proposes a provision for a member: a product of the catalogue under one law, a provider, the volume and
 * the periods. The cost per year follows the volume and the product's tariff as they are typed. The providers
 * contracted for the product come first; choosing another for care in kind asks why.
 */
public class ProvisionForm extends Dialog {

    private final ComboBox<Person> member = new ComboBox<>();
    private final Select<Law> law = new Select<>();
    private final ComboBox<Product> product = new ComboBox<>();
    private final ComboBox<Provider> provider = new ComboBox<>();
    private final TextArea offContractReason = new TextArea();
    /** The providers contracted for the chosen product. */
    private Set<Long> contracted = Set.of();
    private final BigDecimalField volume = new BigDecimalField();
    private final Span unit = new Span();
    private final Select<Frequency> frequency = new Select<>();
    private final DatePicker allocationStart = FormInput.datePicker(null);
    private final DatePicker allocationEnd = FormInput.datePicker(null);
    private final DatePicker careStart = FormInput.datePicker(null);
    private final DatePicker careEnd = FormInput.datePicker(null);
    private final Span tariff = new Span();
    private final Span cost = new Span();
    private final Paragraph error = new Paragraph();

    /**
     * @param saver what saving does with the draft: record it for the family, or propose it for a request
     */
    public ProvisionForm(Catalogue catalogue, List<Person> members, LocalDate today, Function<ProvisionDraft, ?> saver,
                         Runnable onSaved) {
        setHeaderTitle(getTranslation("casework.provision.title"));
        member.setLabel(getTranslation("casework.provision.member"));
        member.setItems(members);
        member.setItemLabelGenerator(Person::fullName);
        law.setLabel(getTranslation("casework.provision.law"));
        law.setItems(Law.values());
        law.setItemLabelGenerator(value -> getTranslation("casework.law." + value.name()));
        product.setLabel(getTranslation("casework.provision.product"));
        product.setItemLabelGenerator(choice -> choice.getCode() + " " + choice.getName());
        product.setItems(query -> catalogue.products(ProductFilter.allocatable(law.getValue(), query.getFilter().orElse("")),
                query.getOffset(), query.getLimit()).stream());
        product.setEnabled(false);
        law.addValueChangeListener(event -> {
            product.clear();
            product.getDataProvider().refreshAll();
            product.setEnabled(event.getValue() != null);
        });
        provider.setLabel(getTranslation("casework.provision.provider"));
        provider.setItemLabelGenerator(choice -> contracted.contains(choice.getId()) ? choice.getName()
                : choice.getName() + " (" + getTranslation("casework.provision.not-contracted") + ")");
        provider.setEnabled(false);
        product.addValueChangeListener(event -> {
            provider.clear();
            List<Provider> offering = event.getValue() == null ? List.of()
                    : catalogue.providersOf(event.getValue().getId());
            contracted = offering.stream().map(Provider::getId).collect(Collectors.toSet());
            List<Provider> others = event.getValue() == null ? List.of() : catalogue.providers(true).stream()
                    .filter(other -> !contracted.contains(other.getId())).toList();
            provider.setItems(Stream.concat(offering.stream(), others.stream()).toList());
            provider.setEnabled(event.getValue() != null);
            provider.setHelperText(event.getValue() == null ? null
                    : getTranslation("casework.provision.contracted-first"));
            if (offering.size() == 1) {
                provider.setValue(offering.get(0));
            }
        });
        offContractReason.setLabel(getTranslation("casework.provision.off-contract-reason"));
        offContractReason.setHelperText(getTranslation("casework.provision.off-contract-reason.helper"));
        FormInput.limit(offContractReason, CaseworkLimits.OFF_CONTRACT_REASON);
        offContractReason.setVisible(false);
        provider.addValueChangeListener(event -> offContractReason.setVisible(needsReason()));
        volume.setLabel(getTranslation("casework.provision.volume"));
        volume.setSuffixComponent(unit);
        frequency.setLabel(getTranslation("casework.provision.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(value -> getTranslation("casework.frequency." + value.name()));
        frequency.setValue(Frequency.PER_WEEK);
        allocationStart.setLabel(getTranslation("casework.provision.allocation-start"));
        allocationStart.setValue(today);
        allocationEnd.setLabel(getTranslation("casework.provision.allocation-end"));
        careStart.setLabel(getTranslation("casework.provision.care-start"));
        careEnd.setLabel(getTranslation("casework.provision.care-end"));
        cost.addClassName("provision-cost");
        error.addClassName("form-error");
        error.setVisible(false);
        product.addValueChangeListener(event -> showCost());
        volume.addValueChangeListener(event -> showCost());
        frequency.addValueChangeListener(event -> showCost());

        Button save = new Button(getTranslation("casework.form.save"), click -> save(saver, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("casework.form.cancel"), click -> close()), save);
        FormLayout fields = new FormLayout(member, law, product, provider, offContractReason, volume, frequency,
                allocationStart, allocationEnd, careStart, careEnd);
        fields.setColspan(offContractReason, 2);
        add(fields, tariff, new Paragraph(cost), error);
    }

    /** A provider not contracted for a product delivered in kind needs a reason (Provision checks it). */
    private boolean needsReason() {
        return product.getValue() != null && product.getValue().getFinancing() == Financing.IN_KIND
                && provider.getValue() != null && !contracted.contains(provider.getValue().getId());
    }

    private void showCost() {
        Product chosen = product.getValue();
        String unitName = chosen == null ? "" : getTranslation("casework.unit." + chosen.getUnit().name());
        unit.setText(unitName);
        tariff.setText(chosen == null ? "" : getTranslation("casework.provision.tariff",
                Formats.euros(chosen.getTariff(), getLocale()), unitName));
        boolean complete = chosen != null && volume.getValue() != null && frequency.getValue() != null;
        try {
            // no arithmetic on a volume its column cannot hold (1E-100000000 would keep a core busy for minutes)
            Input.number(volume.getValue(), CaseworkLimits.VOLUME);
            cost.setText(complete ? getTranslation("casework.provision.cost",
                    Formats.euros(frequency.getValue().costPerYear(volume.getValue(), chosen.getTariff()), getLocale())) : "");
        } catch (InvalidInput refused) {
            cost.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** A proposal for a request: for its person, under its law. */
    public ProvisionForm forRequest(Person person, Law requestLaw) {
        member.setValue(person);
        member.setReadOnly(true);
        law.setValue(requestLaw);
        law.setReadOnly(true);
        return this;
    }

    private void save(Function<ProvisionDraft, ?> saver, Runnable onSaved) {
        ProvisionDraft draft = new ProvisionDraft(
                member.getValue() == null ? null : member.getValue().getId(),
                product.getValue() == null ? null : product.getValue().getId(),
                provider.getValue() == null ? null : provider.getValue().getId(),
                volume.getValue(), frequency.getValue(), allocationStart.getValue(), allocationEnd.getValue(),
                careStart.getValue(), careEnd.getValue(), needsReason() ? offContractReason.getValue() : null);
        FormInput.save(this, error, () -> {
            saver.apply(draft);
            Notification.show(getTranslation("casework.provision.saved", product.getValue().getName()));
            close();
            onSaved.run();
        });
    }
}
