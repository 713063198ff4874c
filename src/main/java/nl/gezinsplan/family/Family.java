package nl.gezinsplan.family;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A household: the unit that has one plan and one contact person. */
@Table("family")
public class Family {

    @Id
    private Long id;
    private String name;
    private String street;
    private String houseNumber;
    private String postalCode;
    private String city;
    private String district;
    private Instant createdAt;
    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String address() {
        String line = String.join(" ", nonBlank(street), nonBlank(houseNumber)).trim();
        String place = String.join(" ", nonBlank(postalCode), nonBlank(city)).trim();
        return line.isEmpty() ? place : place.isEmpty() ? line : line + ", " + place;
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.trim();
    }
}
