package nl.gezinsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.benefit.TestRights;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.notification.Notice;
import nl.gezinsplan.notification.NotificationKind;
import nl.gezinsplan.notification.Notifications;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.TestObjections;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.TestCare;
import nl.gezinsplan.security.LoginPage;
import nl.gezinsplan.workflow.BenefitRoute;
import nl.gezinsplan.workflow.ObjectionRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WCAG 2.1 AA as far as a machine can check it: Deque's axe-core runs in Chromium over every screen of every role (each
 * menu entry, plus a family page with each of its tabs, a task, a hand-over), at desktop (1440 px) and phone (375 px)
 * width, and no rule tagged wcag2a, wcag2aa, wcag21a or wcag21aa may be violated. On the way it leaves a screenshot of
 * every screen in target/screenshots/ (the tour: {@code <role>-<width>-<screen>.png}) for a person to look at.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final int[][] SIZES = {{1440, 900}, {375, 667}};
    /** The height of everything the layout's content area scrolls, or the page's when there is no layout. */
    private static final String FULL_HEIGHT = """
            (() => { const layout = document.querySelector('vaadin-app-layout');
                     const content = layout && layout.shadowRoot.querySelector('[content]');
                     return content ? Math.ceil(content.getBoundingClientRect().top + content.scrollHeight)
                                    : document.documentElement.scrollHeight; })()""";

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    CaseNotes notes;

    @Autowired
    TestRights rights;

    @Autowired
    BenefitRoute benefitRoute;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestObjections testObjections;

    @Autowired
    ObjectionRoute objectionRoute;

    @Autowired
    TestCare testCare;

    @Autowired
    Questions questions;

    @Autowired
    CareFeedback feedback;

    @Autowired
    UserDetailsService users;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    private static final Set<String> TABS_CHECKED = ConcurrentHashMap.newKeySet();

    private final List<String> violations = new ArrayList<>();

    /** The check itself: it finds what it looks for, on a page of the application and inside a Vaadin component. */
    @Test
    void theCheckFindsAnUnlabelledFieldAndTooLittleContrastPlantedOnAPage() {
        page.navigate(url(LoginPage.PATH));
        page.locator("vaadin-login-form").waitFor();
        page.evaluate("() => { const field = document.createElement('input'); document.body.append(field);"
                + " const pale = document.createElement('p'); pale.textContent = 'Bijna onleesbaar';"
                + " pale.style.color = '#ddd'; document.querySelector('vaadin-login-form').append(pale); }");
        assertThat(axeViolations()).extracting(Rule::getId).contains("label", "color-contrast");
    }

    @Test
    void signedOutPagesMeetWcag21AA() {
        tour("signed-out", List.of(LoginPage.PATH, "wachtwoord", "activeren"));
        assertNoViolations();
    }

    @Test
    void everyScreenOfAConsultantMeetsWcag21AA() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        String task = routes.taskOf(request);
        notes.write(request.getFamilyId(), request.getId(), "Moeder belt na het gesprek terug.", true);
        Request inResearch = routes.inResearch(Law.JEUGDWET);
        Request researched = routes.consented(Law.JEUGDWET);
        Request crisis = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, LocalDate.now());
        cases.propose(crisis, 2_000, 6, false);
        login("anna");
        List<String> screens = new ArrayList<>(menu());
        screens.addAll(List.of("gezinnen/" + request.getFamilyId(), "taak/" + task,
                "taak/" + routes.taskOf(inResearch), "taak/" + routes.taskOf(researched)));
        screens.add("taak/" + routes.taskOf(crisis));
        tour("consultant", screens);
        assertNoViolations();
    }

    /** The dialogs of a request's term, opened from a task: suspending (Opschorten) and extending (Verdagen). */
    @Test
    void theTermDialogsMeetWcag21AA() {
        Request request = routes.inResearch(Law.JEUGDWET);
        login("anna");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            for (String action : List.of("Opschorten", "Verdagen")) {
                page.navigate(url("taak/" + routes.taskOf(request)));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action).setExact(true)).click();
                page.locator("vaadin-dialog-overlay").waitFor();
                check("consultant-" + size[0] + "-term-" + action.toLowerCase());
            }
        }
        assertNoViolations();
    }

    /** The notification centre, opened from the bell, with a read and an unread notification; its e-mail choices. */
    @Test
    void theNotificationCentreMeetsWcag21AA() {
        notifications.notify(new Notice("anna", NotificationKind.TASK_ASSIGNED, "Triage", "werkvoorraad", null, "tour-1"));
        notifications.notify(new Notice("anna", NotificationKind.TASK_OVERDUE, "Onderzoek", "werkvoorraad", null, "tour-2"));
        login("anna");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url(""));
            page.locator(".notification-bell").click();
            page.getByText("Onderzoek").first().waitFor();
            check("consultant-" + size[0] + "-notifications");
            page.locator("#notifications-email").click();
            page.locator("vaadin-dialog-overlay").waitFor();
            check("consultant-" + size[0] + "-notifications-email");
        }
        assertNoViolations();
    }

    @Test
    void theObjectionScreensMeetWcag21AA() {
        TestObjections.Refusal refusal = testObjections.refusal();
        Objection objection = testObjections.against(refusal, LocalDate.now());
        String task = objectionRoute.openTaskOf(objection.getId()).orElseThrow().taskId();
        login("anna");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("gezinnen/" + refusal.familyId()));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
            check("consultant-" + size[0] + "-objections");
            button("Bezwaar registreren").click();
            check("consultant-" + size[0] + "-objection-dialog");
            page.navigate(url("taak/" + task));
            check("consultant-" + size[0] + "-objection-task");
            button("Beslissing verdagen").click();
            check("consultant-" + size[0] + "-objection-extension");
        }
        assertNoViolations();
    }

    @Test
    void everyScreenOfATeamManagerMeetsWcag21AA() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        Request approval = routes.atManagerApprovalAfterThePanel();
        login("marieke");
        List<String> screens = new ArrayList<>(menu());
        screens.addAll(List.of("gezinnen/" + request.getFamilyId(), "monitor/importeren", "beheer/overdracht/anna"));
        screens.add("taak/" + routes.taskOf(approval));
        tour("manager", screens);
        assertNoViolations();
    }

    /** The list of the families behind a number of the monitor, opened from its indicators. */
    @Test
    void theFamiliesBehindANumberMeetWcag21AA() {
        login("marieke");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("monitor"));
            Locator behind = page.locator(
                    "#monitor-indicators vaadin-button[aria-label='Gezinnen achter Jeugdigen in jeugdhulp']");
            behind.scrollIntoViewIfNeeded();
            PlaywrightAssertions.assertThat(behind).isInViewport();
            behind.click();
            page.locator("#monitor-behind-families").waitFor();
            check("manager-" + size[0] + "-monitor-behind");
        }
        assertNoViolations();
    }

    @Test
    void everyScreenOfThePanelMeetsWcag21AA() {
        login("petra");
        tour("panel", menu());
        assertNoViolations();
    }

    @Test
    void everyScreenOfTheAdministratorMeetsWcag21AA() {
        login("beheer");
        List<String> screens = new ArrayList<>(menu());
        screens.addAll(List.of("monitor/importeren", "beheer/overdracht/anna"));
        tour("administrator", screens);
        assertNoViolations();
    }

    /** The administrator's failed e-mails with one in the list, and the consultant's invitation with an address. */
    @Test
    void theEMailScreensMeetWcag21AA() {
        jdbc.sql("""
                insert into mail_outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at, attempts,
                                         given_up_at, last_error)
                values ('ouder@example.org', 'Er staat een brief voor u klaar', 't', 'h', now(), now(), 12, now(),
                        '535 Authentication failed')""").update();
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        login("beheer");
        tour("administrator", List.of("beheer/e-mail"));
        page.context().clearCookies();
        login("anna");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("gezinnen/" + request.getFamilyId()));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Portaal")).click();
            button("Uitnodigen").first().click();
            page.locator("#invitation-email").waitFor();
            check("consultant-" + size[0] + "-invitation-email");
            page.keyboard().press("Escape");
        }
        assertNoViolations();
    }

    @Test
    void everyScreenOfTheFamilyPortalMeetsWcag21AA() {
        // a Wmo request: its research report is in the portal, with the field for the family's view
        Request request = routes.awaitingConsent(Law.WMO);
        // and a second one waiting for the application, which the family makes by agreeing with its report
        routes.awaitingApplicationBeside(request);
        notes.write(request.getFamilyId(), null, "Het volgende gesprek is op 12 januari.", true);
        login(members.portalLogin(members.parentOf(request.getFamilyId())), TestMembers.PASSWORD);
        tour("family", menu());
        assertNoViolations();
    }

    /** The portal's home page with each line of "Nieuw voor u": an answer and a letter not seen yet. */
    @Test
    void thePortalHomeSayingWhatIsNewMeetsWcag21AA() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        long parentId = members.parentOf(care.familyId());
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Wanneer is het volgende gesprek?");
        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        questions.answer(parentId, "Dinsdag om tien uur.");
        login(parent, TestMembers.PASSWORD);
        tour("family-news", List.of("mijn-gezin"));
        assertNoViolations();
    }

    @Test
    void theScreensOfARightToIncomeSupportMeetWcag21AA() {
        GrantedCare right = rights.granted(LocalDate.now().minusMonths(3), LocalDate.now().plusYears(2));
        String reexamination = benefitRoute.startIfIncomeSupport(right).orElseThrow();
        // the year has passed: the timer's job runs now
        management.executeJob(management.createJobQuery().processInstanceId(reexamination).singleResult().getId());
        String task = engine.getTaskService().createTaskQuery().processInstanceId(reexamination).singleResult().getId();
        login(TestRights.CONSULTANT);
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("gezinnen/" + right.familyId()));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Maatregelen")).click();
            check("benefit-" + size[0] + "-measures");
            page.locator("#impose-measure").click();
            page.locator("vaadin-dialog-overlay").waitFor();
            check("benefit-" + size[0] + "-measure-dialog");
            page.navigate(url("taak/" + task));
            check("benefit-" + size[0] + "-reexamination");
        }
    }

    /**
     * The dialogs that end a request early: on the family page the consultant's "Sluiten zonder besluit" with its
     * reason, in the portal the family's confirmation of "Aanvraag intrekken"; at both widths.
     */
    @Test
    void theDialogsThatEndARequestMeetWcag21AA() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        login("anna");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("gezinnen/" + request.getFamilyId()));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hulpvragen")).click();
            page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("Jeugdwet")).first().click();
            button("Sluiten zonder besluit").click();
            page.locator("#request-ending-confirm").waitFor();
            check("consultant-" + size[0] + "-close-request");
        }
        page.context().clearCookies();
        login(parent, TestMembers.PASSWORD);
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("mijn-gezin/aanvragen"));
            button("Aanvraag intrekken").click();
            button("Ja, intrekken").waitFor();
            check("family-" + size[0] + "-withdraw-request");
        }
        assertNoViolations();
    }

    /** The family page's "Opgevolgd" on a month the family says care was not delivered, with its dialog. */
    @Test
    void followingUpAReportThatCareWasNotDeliveredMeetsWcag21AA() {
        YearMonth month = YearMonth.now().minusMonths(1);
        GrantedCare care = testCare.granted(Law.JEUGDWET, month.atDay(1), LocalDate.now().plusMonths(1));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));
        feedback.answerDelivery(care.provisionId(), month, false, "Niemand gekomen");
        SecurityContextHolder.clearContext();
        login("anna");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("gezinnen/" + care.familyId() + "?tab=terugkoppeling"));
            check("consultant-" + size[0] + "-care-feedback");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opgevolgd")).click();
            page.locator("vaadin-dialog-overlay").waitFor();
            check("consultant-" + size[0] + "-follow-up");
        }
        assertNoViolations();
    }

    @Test
    void askingForTheApplicationMeetsWcag21AA() {
        String task = routes.askingForApplication(Law.WMO);
        login("carla");
        tour("consultant", List.of("taak/" + task));
        assertNoViolations();
    }

    @Test
    void startingTheWorkTrackMeetsWcag21AA() {
        String task = routes.workTrackOf(routes.inResearch(Law.PARTICIPATIEWET));
        login("daan");
        tour("consultant", List.of("taak/" + task));
        assertNoViolations();
    }

    /** The paths of the user's menu, read from the navigation as it shows at desktop width. */
    private List<String> menu() {
        page.locator("vaadin-side-nav-item").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.locator("vaadin-side-nav-item")
                .evaluateAll("items => items.map(item => item.getAttribute('path').replace(/^\\//, ''))");
        return paths;
    }

    private void tour(String role, List<String> screens) {
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            for (String screen : screens) {
                page.navigate(url(screen));
                String name = role + "-" + size[0] + "-" + (screen.isEmpty() ? "home" : screen.replaceAll("\\W+", "-"));
                check(name);
                // every tab of a screen once, at desktop width (the monitor's take axe seconds each): at phone width,
                // and for a second role, the first tab is laid out as the others
                Locator tabs = page.getByRole(AriaRole.TAB);
                boolean allTabs = size == SIZES[0] && TABS_CHECKED.add(screen.replaceAll("/[^/]*\\d[^/]*$", "/id"));
                for (int tab = 1; allTabs && tab < tabs.count(); tab++) {
                    tabs.nth(tab).click();
                    // a tab changes only its tab sheet, where it has one with an id: the rest was checked above
                    String sheet = (String) tabs.nth(tab).evaluate("tab => { const sheet = tab.closest('vaadin-tabsheet');"
                            + " return sheet && sheet.id ? '#' + sheet.id : null; }");
                    check(name + "-" + tabs.nth(tab).innerText().strip().toLowerCase().replaceAll("\\W+", "-"), sheet);
                }
            }
        }
    }

    /** Runs axe on the page as it is now, notes what it finds, then photographs the whole screen. */
    private void check(String name) {
        check(name, null);
    }

    /** As {@link #check(String)}, axe looking only within the element {@code within} selects when it is not null. */
    private void check(String name, String within) {
        for (Rule rule : axeViolations(within)) {
            List<CheckedNode> nodes = rule.getNodes();
            violations.add(name + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + "\n      "
                    + nodes.stream().limit(5).map(node -> node.getTarget() + " " + summary(node))
                    .collect(Collectors.joining("\n      "))
                    + (nodes.size() > 5 ? "\n      and " + (nodes.size() - 5) + " more" : ""));
        }
        var size = page.viewportSize();
        int height = ((Number) page.evaluate(FULL_HEIGHT)).intValue();
        page.setViewportSize(size.width, Math.min(Math.max(height, size.height), 6000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
        page.setViewportSize(size.width, size.height);
        // as they are found too: a run stopped half-way still says what it found
        violations.stream().filter(v -> v.startsWith(name + ":")).forEach(v -> System.out.println("axe: " + v));
    }

    private static String summary(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
        return summary.replaceAll("\\s+", " ").replace("Fix any of the following: ", "")
                .replace("Fix all of the following: ", "");
    }

    private void assertNoViolations() {
        assertThat(violations).as("WCAG 2.1 AA violations found by axe-core:\n  " + String.join("\n  ", violations))
                .isEmpty();
    }
}
