package nl.gezinsplan.casework;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A contracted care organisation (zorgaanbieder); modelled as data, not a user. */
@Table("provider")
public class Provider {

    @Id
    private Long id;
    private String name;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
