package nl.gezinsplan.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.base.NavbarItem;
import nl.gezinsplan.base.i18n.LanguageSelect;
import nl.gezinsplan.security.CurrentUser;

/**
 * The frame around every screen. The navigation lists exactly the views the user may open: it is built from the
 * views' {@code @Menu} and access annotations, so a role never sees another role's places. An entry with a
 * {@link MenuCount} shows its number, counted again after every navigation, whenever a screen asks and whenever one
 * of its topics or the user's own changes ({@link LiveUpdates}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Map<Span, MenuCount> badges = new HashMap<>();
    private Registration recount;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<MenuCount> counts,
                      List<NavbarItem> navbarItems, LiveUpdates live) {
        Span user = new Span();
        user.addClassName("current-user");
        currentUser.get().ifPresent(signedIn -> user.setText(
                signedIn.fullName() + " · " + getTranslation("role." + signedIn.role().name())));

        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout account = new HorizontalLayout(user, new LanguageSelect(UI.getCurrent().getLocale()), logout);
        account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        account.addClassName("account");
        navbarItems.forEach(item -> item.create().ifPresent(account::addComponentAsFirst));

        addToNavbar(new DrawerToggle(), account);
        addToDrawer(brand(), navigation(counts));
        setPrimarySection(Section.DRAWER);
        // counted again when someone, on any node, changed what they count: no reload, no polling
        Stream.concat(badges.values().stream().flatMap(count -> count.topics().stream()),
                        currentUser.get().map(signedIn -> LiveUpdates.user(signedIn.username())).stream())
                .distinct()
                .forEach(topic -> live.listen(this, topic, this::showCounts));
    }

    private Div brand() {
        Span name = new Span(getTranslation("app.title"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("login.tagline"));
        tagline.addClassName("brand-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(List<MenuCount> counts) {
        SideNav navigation = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            // menu entries' paths start with a slash, views' paths do not
            String path = entry.path().replaceFirst("^/", "");
            counts.stream().filter(count -> count.path().equals(path)).findFirst().ifPresent(count -> {
                Span badge = new Span();
                badge.addClassName("menu-count");
                item.setSuffixComponent(badge);
                badges.put(badge, count);
            });
            navigation.addItem(item);
        });
        navigation.addClassName("navigation");
        return navigation;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showCounts();
        if (event.getLocationChangeEvent().getTrigger() != NavigationTrigger.PAGE_LOAD) {
            focusLostFocus();
        }
    }

    /**
     * When the element that had the focus went with the old screen (the button that opened this one), the focus would
     * be on nothing, where no one sees it and the next Tab starts who knows where (WCAG 2.4.3, 2.4.7): it goes to the
     * new screen's heading, which a screen reader then reads out. A focus that survived (a menu entry) stays.
     */
    private void focusLostFocus() {
        getElement().executeJs("""
                const focused = document.activeElement;
                if (focused && focused !== document.body) return;
                const heading = this.querySelector('h1');
                if (heading) { heading.tabIndex = -1; heading.focus(); }""");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        recount = ComponentUtil.addListener(attach.getUI(), MenuCount.Recount.class, event -> showCounts());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        recount.remove();
    }

    private void showCounts() {
        badges.forEach((badge, count) -> {
            long number = count.count();
            badge.setText(number == 0 ? "" : Long.toString(number));
            badge.setVisible(number > 0);
        });
    }
}
