package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.SecurityLimits;
import nl.gezinsplan.security.StaffAdministration;
import nl.gezinsplan.security.StaffDetails;
import nl.gezinsplan.security.Team;

/**
 * Creates or changes a staff member. A refusal shows on the field it is about, and what was typed stays. A new user
 * gets no password here: the administrator issues a reset code after saving.
 */
class UserDialog extends Dialog {

    private final TextField firstName = new TextField(getTranslation("users.field.first-name"));
    private final TextField lastName = new TextField(getTranslation("users.field.last-name"));
    private final EmailField email = new EmailField(getTranslation("users.field.email"));
    private final TextField username = new TextField(getTranslation("users.field.username"));
    private final Select<Role> role = new Select<>();
    private final CheckboxGroup<Team> teams = new CheckboxGroup<>();
    private final Paragraph refusal = new Paragraph();

    /** @param ownAccount the administrator's own: their role is shown, not offered for change */
    UserDialog(StaffAdministration staff, List<Team> allTeams, DirectoryUser user, boolean ownAccount,
               Consumer<DirectoryUser> saved) {
        setHeaderTitle(user == null ? getTranslation("users.create") : getTranslation("users.edit.title", user.fullName()));
        firstName.setMaxLength(SecurityLimits.FIRST_NAME);
        lastName.setMaxLength(SecurityLimits.LAST_NAME);
        email.setMaxLength(SecurityLimits.EMAIL);
        username.setMaxLength(SecurityLimits.USERNAME);
        username.setHelperText(getTranslation("users.field.username.help"));
        Stream.of(firstName, lastName, email, username).forEach(field -> field.setRequiredIndicatorVisible(true));
        role.setLabel(getTranslation("users.field.role"));
        role.setItems(Role.CONSULTANT, Role.MANAGER, Role.PANEL, Role.ADMIN);
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.setRequiredIndicatorVisible(true);
        teams.setItems(allTeams);
        teams.setItemLabelGenerator(Team::name);
        role.addValueChangeListener(change -> labelTeams());
        refusal.getElement().setAttribute("role", "alert");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");

        if (user == null) {
            role.setValue(Role.CONSULTANT);
        } else {
            firstName.setValue(user.firstName());
            lastName.setValue(user.lastName());
            email.setValue(user.email() == null ? "" : user.email());
            username.setValue(user.username());
            username.setReadOnly(true);
            role.setValue(user.role());
            role.setReadOnly(ownAccount);
            teams.setValue(allTeams.stream().filter(team -> user.teamCodes().contains(team.code()))
                    .collect(Collectors.toSet()));
        }
        labelTeams();

        FormLayout form = new FormLayout(firstName, lastName, email, username, role, teams);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(teams, 2);
        add(form, refusal);

        Button save = new Button(getTranslation("users.save"), click -> {
            try {
                StaffDetails details = new StaffDetails(firstName.getValue(), lastName.getValue(), email.getValue(),
                        role.getValue(), teams.getValue().stream().map(Team::code).collect(Collectors.toSet()));
                DirectoryUser result = user == null ? staff.create(username.getValue(), details)
                        : staff.change(user.username(), details);
                close();
                saved.accept(result);
            } catch (AccountRefused refused) {
                show(refused.messageKey());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("users.cancel"), click -> close()), save);
        setWidth("min(40em, 100vw)");
    }

    /** For a manager, the teams are the teams they lead. */
    private void labelTeams() {
        teams.setLabel(getTranslation(role.getValue() == Role.MANAGER ? "users.field.teams.led" : "users.field.teams"));
    }

    /** The message on the field it is about; a refusal about no one field above the buttons. */
    private void show(String messageKey) {
        Map<String, HasValidation> fields = Map.of("username", username, "first-name", firstName,
                "last-name", lastName, "email", email, "role", role, "teams", teams);
        Set.copyOf(fields.values()).forEach(field -> field.setInvalid(false));
        String message = getTranslation(messageKey);
        HasValidation field = fields.entrySet().stream()
                .filter(entry -> messageKey.contains("." + entry.getKey() + "."))
                .map(Map.Entry::getValue).findFirst()
                .orElse(messageKey.endsWith("own-role") || messageKey.endsWith("last-administrator") ? role : null);
        refusal.setText(field == null ? message : "");
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
