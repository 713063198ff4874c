package nl.gezinsplan.family;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member of a family. */
@Table("person")
public class Person {

    @Id
    private Long id;
    private Long familyId;
    private String bsn;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private FamilyRole familyRole;
    private Instant createdAt;
    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public Long getFamilyId() {
        return familyId;
    }

    void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    /** Nine digits, or null while the person has no BSN yet. */
    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn == null || bsn.isBlank() ? null : bsn.replaceAll("[\\s.-]", "");
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public FamilyRole getFamilyRole() {
        return familyRole;
    }

    public void setFamilyRole(FamilyRole familyRole) {
        this.familyRole = familyRole;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The name Gezinsplan shows for a member: first and last name. */
    public String fullName() {
        return fullName(firstName, lastName);
    }

    /** The one place a member's display name is built, for every screen, list and letter. */
    static String fullName(String firstName, String lastName) {
        return firstName + " " + lastName;
    }

    public String maskedBsn() {
        return bsn == null ? "" : new Bsn(bsn).masked();
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
