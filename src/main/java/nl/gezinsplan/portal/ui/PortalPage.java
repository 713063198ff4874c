package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.gezinsplan.base.LiveScreen;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditLog;

/**
 * A page of the portal, made for a phone. A signed-in member without portal access (not yet, or no longer) sees the
 * page's title and whom to call instead of its content.
 */
abstract class PortalPage extends VerticalLayout implements HasDynamicTitle {

    private final FamilyAccounts accounts;
    private final AuditLog audit;
    private final String municipalityPhone;
    private LiveScreen liveScreen;

    PortalPage(FamilyAccounts accounts, AuditLog audit, String municipalityPhone) {
        this.accounts = accounts;
        this.audit = audit;
        this.municipalityPhone = municipalityPhone;
        addClassName("portal");
        setPadding(true);
    }

    /** Adds the page's content for {@code member}, its heading first; the page is empty when this is called. */
    protected abstract void content(FamilyMember member);

    /**
     * Shows the page (anew): its content, read as one view of the family file, or the title and whom to call.
     * Called by the page's constructor once its own fields are set, and after a change the page shows.
     */
    protected final void show() {
        removeAll();
        accounts.signedIn().ifPresentOrElse(member -> audit.onePageView(() -> content(member)),
                () -> add(new H1(getPageTitle()), new Paragraph(getTranslation("portal.no-access", municipalityPhone))));
        if (liveScreen != null) {
            liveScreen.rebuilt();
        }
    }

    /**
     * Shows the page anew whenever something of the member's family changes (an answer, a letter, the plan), unless
     * the member is typing in it ({@link LiveScreen}). Called by the page's constructor after {@link #show}.
     */
    protected final void showLive(LiveUpdates live) {
        accounts.signedIn().ifPresent(member ->
                liveScreen = LiveScreen.listen(live, this, LiveUpdates.family(member.familyId()), this::show));
    }

    protected final String municipalityPhone() {
        return municipalityPhone;
    }

    /** Says that what the member typed was sent and its field cleared: a change may show the page anew again. */
    protected final void typedInputSent() {
        if (liveScreen != null) {
            liveScreen.rebuilt();
        }
    }
}
