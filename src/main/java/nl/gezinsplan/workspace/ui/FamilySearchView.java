package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.ui.FamilyDialogs;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;

/** Find a family by name, BSN or birth date among those the user may open, or register a new one. */
@Route("gezinnen")
@Menu(title = "nav.families", order = 3, icon = "vaadin:family")
@RolesAllowed({Role.CONSULTANT_NAME, Role.MANAGER_NAME})
public class FamilySearchView extends VerticalLayout implements HasDynamicTitle {

    private String text = "";

    public FamilySearchView(Families families, CurrentUser currentUser) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("workspace.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(30rem, 100%)");
        search.setAriaLabel(getTranslation("workspace.search.placeholder"));

        FamilyList list = new FamilyList((offset, limit) -> families.search(text, offset, limit));
        list.showWhatMatched();
        search.addValueChangeListener(change -> {
            text = change.getValue();
            list.getDataProvider().refreshAll();
        });

        HorizontalLayout tools = new HorizontalLayout(search);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (currentUser.require().role() == Role.CONSULTANT) {
            Button register = new Button(getTranslation("workspace.search.register"), VaadinIcon.PLUS.create(),
                    click -> FamilyDialogs.registerFamily(families,
                            family -> getUI().ifPresent(ui -> ui.navigate(FamilyView.class, family.getId()))).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(register);
        }
        add(new H1(getTranslation("workspace.search.title")), tools, list);
        setFlexGrow(1, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.search.title");
    }
}
