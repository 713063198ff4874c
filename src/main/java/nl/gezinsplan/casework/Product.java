package nl.gezinsplan.casework;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A product of the catalogue: what may be allocated under which law, per which unit, at which tariff. */
@Table("product")
public class Product {

    @Id
    private Long id;
    private String code;
    private String name;
    private Law law;
    private String categoryCode;
    private Unit unit;
    private BigDecimal tariff;
    private boolean residential;
    private boolean fosterCare;
    private HousingForm housingForm;
    private Integer maxDurationMonths;
    private Financing financing = Financing.IN_KIND;
    private boolean active = true;
    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Law getLaw() {
        return law;
    }

    public void setLaw(Law law) {
        this.law = law;
    }

    /** The iJw / iWmo category (43 and 44: youth care with residence), or a local category for Participatie. */
    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode == null ? null : categoryCode.trim();
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    /** The price of one unit in euros. */
    public BigDecimal getTariff() {
        return tariff;
    }

    public void setTariff(BigDecimal tariff) {
        this.tariff = tariff;
    }

    public boolean isResidential() {
        return residential;
    }

    public void setResidential(boolean residential) {
        this.residential = residential;
    }

    public boolean isFosterCare() {
        return fosterCare;
    }

    public void setFosterCare(boolean fosterCare) {
        this.fosterCare = fosterCare;
    }

    /** Light or heavy for residential care; null otherwise. */
    public HousingForm getHousingForm() {
        return housingForm;
    }

    public void setHousingForm(HousingForm housingForm) {
        this.housingForm = housingForm;
    }

    /** The longest the contracts allow care of this product to run, extensions included; null: no maximum. */
    public Integer getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public void setMaxDurationMonths(Integer maxDurationMonths) {
        this.maxDurationMonths = maxDurationMonths;
    }

    public Financing getFinancing() {
        return financing;
    }

    public void setFinancing(Financing financing) {
        this.financing = financing;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
