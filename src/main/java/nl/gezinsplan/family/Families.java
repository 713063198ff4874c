package nl.gezinsplan.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Families, their members and their contact person. Every method checks the caller's right to the family. */
@Service
@Transactional
public class Families {

    private static final String SUMMARY = """
            select f.id, f.name, f.street, f.house_number, f.postal_code, f.city, f.district,
                   (select c.username from contact_person c where c.family_id = f.id and c.ended_at is null) contact
            from family f
            where\s""";

    private final FamilyRepository families;
    private final PersonRepository persons;
    private final ContactPersonRepository contactPersons;
    private final FamilyAccess access;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HeldFamilies heldFamilies;

    Families(FamilyRepository families, PersonRepository persons, ContactPersonRepository contactPersons,
             FamilyAccess access, CurrentUser currentUser, UserDirectory directory, AuditLog audit, JdbcClient jdbc,
             Clock clock, HeldFamilies heldFamilies) {
        this.families = families;
        this.persons = persons;
        this.contactPersons = contactPersons;
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.heldFamilies = heldFamilies;
    }

    /**
     * The families the caller may open that match {@code text}: nine digits search a BSN, a date (d-m-yyyy) a birth
     * date, anything else the start of the family name or of a member's first or last name.
     */
    @Transactional(readOnly = true)
    public List<FamilySummary> search(String text, int offset, int limit) {
        SearchCriteria criteria = SearchCriteria.of(text, access.visibleFamilies());
        return withMembers(withContactNames(jdbc.sql(SUMMARY + criteria.where()
                        + " order by f.name, f.id offset :offset limit :limit")
                .params(criteria.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(Families::toSummary)
                .list()), criteria);
    }

    /** The families of which the caller is the contact person. */
    @Transactional(readOnly = true)
    public List<FamilySummary> myCaseload(int offset, int limit) {
        return caseload(currentUser.require().username(), EVERY_FAMILY, offset, limit);
    }

    @Transactional(readOnly = true)
    public long myCaseloadSize() {
        return jdbc.sql("select count(*) from family f where " + CASELOAD)
                .param("contactPerson", currentUser.require().username())
                .query(Long.class)
                .single();
    }

    /** The families of which {@code contactPerson} is the contact person, as far as the caller may read them. */
    @Transactional(readOnly = true)
    public List<FamilySummary> caseload(String contactPerson, int offset, int limit) {
        return caseload(contactPerson, access.visibleFamilies(), offset, limit);
    }

    /**
     * For a team manager: how many families each of these members of their teams is the contact person for, with
     * one query on the index of current contact persons. Every name the manager may ask about is in the answer, with
     * 0 when it has no families; names outside the manager's teams are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> caseloads(Collection<String> contactPersons) {
        DirectoryUser manager = currentUser.require();
        if (manager.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only team managers see their teams' caseloads");
        }
        Set<String> members = Set.copyOf(access.teamMembers(manager));
        Map<String, String> asked = contactPersons.stream()
                .filter(name -> members.contains(name.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), name -> name, (one, same) -> one));
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> caseloads = new HashMap<>();
        jdbc.sql("""
                        select lower(username) contact_person, count(*) families from contact_person
                        where ended_at is null and lower(username) in (:names)
                        group by lower(username)""")
                .param("names", asked.keySet())
                .query(rs -> {
                    caseloads.put(asked.get(rs.getString("contact_person")), rs.getLong("families"));
                });
        asked.values().forEach(name -> caseloads.putIfAbsent(name, 0L));
        return caseloads;
    }

    private List<FamilySummary> caseload(String contactPerson, FamilyAccess.Condition visible, int offset,
                                         int limit) {
        return withMembers(withContactNames(jdbc.sql(SUMMARY + CASELOAD + " and " + visible.sql()
                        + " order by f.name, f.id offset :offset limit :limit")
                .params(visible.params())
                .param("contactPerson", contactPerson)
                .param("offset", offset)
                .param("limit", limit)
                .query(Families::toSummary)
                .list()), SearchCriteria.NOTHING);
    }

    /**
     * The names of those families and of those persons in them that the caller may read; the rest is left out. For
     * lists that show whom a piece of work is about: one query for a whole page, and not audited, since listing is
     * not opening a file.
     */
    @Transactional(readOnly = true)
    public FamilyNames names(Collection<Long> familyIds, Collection<Long> personIds) {
        if (familyIds.isEmpty()) {
            return FamilyNames.NONE;
        }
        FamilyAccess.Condition visible = access.visibleFamilies();
        Map<Long, String> familyNames = new HashMap<>();
        Map<Long, String> personNames = new HashMap<>();
        jdbc.sql("""
                        select f.id, f.name, p.id person_id, p.first_name, p.last_name
                        from family f left join person p on p.family_id = f.id and p.id in (:personIds)
                        where f.id in (:familyIds) and\s""" + visible.sqlPerFamily())
                .params(visible.params())
                .param("familyIds", familyIds)
                // an empty list is no valid SQL; no person has id 0
                .param("personIds", personIds.isEmpty() ? List.of(0L) : personIds)
                .query(rs -> {
                    familyNames.put(rs.getLong("id"), rs.getString("name"));
                    long personId = rs.getLong("person_id");
                    if (!rs.wasNull()) {
                        personNames.put(personId,
                                Person.fullName(rs.getString("first_name"), rs.getString("last_name")));
                    }
                });
        return new FamilyNames(familyNames, personNames);
    }

    /**
     * Of the families given, those the caller may open, a page of them by name with their address (many share a
     * name): for lists of families behind a number. Not audited, as {@link #names}.
     */
    @Transactional(readOnly = true)
    public List<FamilyName> openable(long[] familyIds, int offset, int limit) {
        FamilyAccess.Condition visible = access.visibleFamilies();
        return jdbc.sql("select f.* from family f where f.id = any(:familyIds) and " + visible.sql()
                        + " order by lower(f.name), f.id offset :offset limit :limit")
                .params(visible.params())
                .param("familyIds", familyIds)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new FamilyName(rs.getLong("id"), rs.getString("name"), address(rs)))
                .list();
    }

    /** How many of the families given the caller may open. */
    @Transactional(readOnly = true)
    public long countOpenable(long[] familyIds) {
        FamilyAccess.Condition visible = access.visibleFamilies();
        return jdbc.sql("select count(*) from family f where f.id = any(:familyIds) and " + visible.sql())
                .params(visible.params())
                .param("familyIds", familyIds)
                .query(Long.class)
                .single();
    }

    private static final String CASELOAD = """
            f.id in (select c.family_id from contact_person c
                     where c.ended_at is null and lower(c.username) = lower(:contactPerson))""";
    /** One's own caseload needs no access condition: a contact person may read their families. */
    private static final FamilyAccess.Condition EVERY_FAMILY = new FamilyAccess.Condition(List.of("select 1"), Map.of());

    /** Opens a family file: the household, its members and contact person. The read is audited. */
    public FamilyFile open(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.family.read", null);
        Family family = families.findById(familyId).orElseThrow();
        return new FamilyFile(family, persons.findByFamilyId(familyId), contactOf(familyId));
    }

    /**
     * The birth date of a member of the family, for rules that depend on age (extended youth care ends by the 21st
     * birthday). Checked but not audited: it reveals no case content, and the calling service audits its own change.
     */
    @Transactional(readOnly = true)
    public LocalDate birthDateOf(long familyId, long personId) {
        if (!access.mayRead(familyId)) {
            throw new AccessDeniedException("No access to family " + familyId);
        }
        return persons.findById(personId).filter(person -> person.getFamilyId() == familyId)
                .orElseThrow(() -> new AccessDeniedException("Person " + personId + " is not in family " + familyId))
                .getBirthDate();
    }

    /** Registers a family with its first member; a consultant who does so becomes its contact person. */
    public Family create(Family family, Person firstMember) {
        DirectoryUser user = currentUser.require();
        if (user.role() != Role.CONSULTANT) {
            throw new AccessDeniedException("Only consultants register families");
        }
        validate(family);
        validate(firstMember);
        // everything is checked before anything is written, so a refused form can be sent again as it is
        ensureBsnIsFree(firstMember);
        family.setCreatedAt(clock.instant());
        Family saved = families.save(family);
        addMember(saved.getId(), firstMember);
        contactPersons.save(new ContactPerson(saved.getId(), user.username(), clock.instant(), user.username()));
        access.recordCreation(saved.getId(), "audit.family.created", saved.getName());
        return saved;
    }

    public Family update(Family family) {
        validate(family); // before the audit trail records the name
        access.requireChange(family.getId(), AuditAction.UPDATE, "audit.family.updated", family.getName());
        return families.save(family);
    }

    public Person addPerson(long familyId, Person person) {
        validate(person);
        access.requireChange(familyId, AuditAction.CREATE, "audit.person.added", person.fullName());
        return addMember(familyId, person);
    }

    public Person updatePerson(Person person) {
        validate(person);
        access.requireChange(person.getFamilyId(), AuditAction.UPDATE, "audit.person.updated", person.fullName());
        ensureBsnIsFree(person);
        return persons.save(person);
    }

    /** Makes {@code username}, a consultant, the family's contact person; the previous one's period ends now. */
    public void assignContactPerson(long familyId, String username) {
        DirectoryUser consultant = heldFamilies.consultant(username);
        access.requireReassignment(familyId, "audit.contact.assigned", consultant.fullName());
        heldFamilies.startPeriod(contactPersons.findCurrent(familyId).orElse(null), familyId, consultant.username(),
                currentUser.require().username());
    }

    public List<ContactPerson> contactPersonHistory(long familyId) {
        access.requireRead(familyId, "audit.contact.history", null);
        return contactPersons.findHistory(familyId);
    }

    /** What happened in the family file, newest first. */
    public List<AuditEvent> timeline(long familyId, int limit) {
        access.requireRead(familyId, "audit.family.timeline", null);
        return audit.changesOf(familyId, limit);
    }

    private Person addMember(long familyId, Person person) {
        ensureBsnIsFree(person);
        person.setFamilyId(familyId);
        person.setCreatedAt(clock.instant());
        return persons.save(person);
    }

    private Optional<FamilyFile.Contact> contactOf(long familyId) {
        return contactPersons.findCurrent(familyId).map(contact -> {
            Optional<DirectoryUser> user = directory.findUser(contact.username());
            return new FamilyFile.Contact(contact.username(),
                    user.map(DirectoryUser::fullName).orElse(contact.username()),
                    user.map(DirectoryUser::email).orElse(null), contact.startedAt());
        });
    }

    private void ensureBsnIsFree(Person person) {
        if (person.getBsn() == null) {
            return;
        }
        persons.findByBsn(person.getBsn())
                .filter(other -> !other.getId().equals(person.getId()))
                .ifPresent(other -> {
                    throw new InvalidInput("family.person.bsn.taken");
                });
    }

    private void validate(Family family) {
        Input.requiredText(family.getName(), FamilyLimits.NAME, "family.name.required");
        Input.text(family.getStreet(), FamilyLimits.STREET);
        Input.text(family.getHouseNumber(), FamilyLimits.HOUSE_NUMBER);
        if (family.getPostalCode() != null && !family.getPostalCode().isBlank()
                && !family.getPostalCode().replace(" ", "").matches("\\d{4}[A-Za-z]{2}")) {
            throw new InvalidInput("family.postal-code.invalid");
        }
        Input.text(family.getPostalCode(), FamilyLimits.POSTAL_CODE);
        Input.text(family.getCity(), FamilyLimits.CITY);
        Input.text(family.getDistrict(), FamilyLimits.DISTRICT);
    }

    private void validate(Person person) {
        if (person.getFirstName() == null || person.getFirstName().isBlank()
                || person.getLastName() == null || person.getLastName().isBlank()) {
            throw new InvalidInput("family.person.name.required");
        }
        Input.text(person.getFirstName(), FamilyLimits.FIRST_NAME);
        Input.text(person.getLastName(), FamilyLimits.LAST_NAME);
        if (person.getBsn() != null && !Bsn.isValid(person.getBsn())) {
            throw new InvalidInput("family.person.bsn.invalid");
        }
        LocalDate today = LocalDate.now(clock);
        Input.pastDate(person.getBirthDate(), "family.person.birth-date", today);
        if (person.getBirthDate() == null
                || person.getBirthDate().isBefore(today.minusYears(120))) {
            throw new InvalidInput("family.person.birth-date.invalid");
        }
        if (person.getFamilyRole() == null) {
            throw new InvalidInput("family.person.role.required");
        }
    }

    /** Replaces the contact persons' user names by their names, with one directory query for the whole page. */
    private List<FamilySummary> withContactNames(List<FamilySummary> page) {
        Set<String> usernames = page.stream().map(FamilySummary::contactPerson).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (usernames.isEmpty()) {
            return page;
        }
        Map<String, String> names = directory.findByUsernames(usernames).stream()
                .collect(Collectors.toMap(user -> user.username().toLowerCase(Locale.ROOT), DirectoryUser::fullName));
        return page.stream().map(summary -> summary.contactPerson() == null ? summary : summary.withContactPerson(
                        names.getOrDefault(summary.contactPerson().toLowerCase(Locale.ROOT), summary.contactPerson())))
                .toList();
    }

    /** Adds the members by name and birth year, and what the search matched, with one query for the whole page. */
    private List<FamilySummary> withMembers(List<FamilySummary> page, SearchCriteria criteria) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<SearchCriteria.Candidate>> members = new HashMap<>();
        jdbc.sql("""
                        select family_id, first_name, last_name, birth_date, bsn from person
                        where family_id in (:familyIds) order by birth_date, id""")
                .param("familyIds", page.stream().map(FamilySummary::id).toList())
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong("family_id"), id -> new ArrayList<>()).add(
                            new SearchCriteria.Candidate(
                                    Person.fullName(rs.getString("first_name"), rs.getString("last_name")),
                                    rs.getString("first_name"), rs.getString("last_name"),
                                    rs.getObject("birth_date", LocalDate.class), rs.getString("bsn")));
                });
        return page.stream().map(summary -> {
            List<SearchCriteria.Candidate> found = members.getOrDefault(summary.id(), List.of());
            return summary.withMembers(found.stream()
                            .map(member -> new FamilySummary.Member(member.name(), member.birthDate().getYear()))
                            .toList(),
                    criteria.matchIn(summary.name(), found));
        }).toList();
    }

    private static FamilySummary toSummary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FamilySummary(rs.getLong("id"), rs.getString("name"), address(rs), rs.getString("district"),
                List.of(), rs.getString("contact"), null);
    }

    private static String address(java.sql.ResultSet rs) throws java.sql.SQLException {
        Family address = new Family();
        address.setStreet(rs.getString("street"));
        address.setHouseNumber(rs.getString("house_number"));
        address.setPostalCode(rs.getString("postal_code"));
        address.setCity(rs.getString("city"));
        return address.address();
    }

}
