package nl.gezinsplan.casework;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A contracted care organisation (zorgaanbieder); modelled as data, not a user. */
@Table("provider")
public class Provider {

    @Id
    private Long id;
    private String name;
    private String agbCode;
    private boolean active = true;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The provider's code in the AGB register (Vektis): eight digits, or null when not (yet) known. */
    public String getAgbCode() {
        return agbCode;
    }

    public void setAgbCode(String agbCode) {
        this.agbCode = agbCode == null || agbCode.isBlank() ? null : agbCode.strip();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
