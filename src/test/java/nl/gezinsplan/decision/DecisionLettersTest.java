package nl.gezinsplan.decision;

import static nl.gezinsplan.decision.TestLetters.dutch;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.RouteStep;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every granted or refused request gets its decision letter, in Dutch, stored with the case; reading it is checked. */
@IntegrationTest
class DecisionLettersTest {

    private static final String OBJECTION_CLAUSE = "Dan kunt u bezwaar maken binnen zes weken na de dag waarop wij"
            + " deze brief hebben verstuurd. Stuur uw bezwaarschrift naar het college van burgemeester en wethouders"
            + " van Lelystad, Postbus 2000, 8200 AA Lelystad.";

    @Autowired
    DecisionLetters letters;

    @Autowired
    TestLetters testLetters;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    Motivations motivations;

    @Autowired
    Families families;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGrantedRequestGetsALetterWithTheProvisionItsPeriodAndTheObjectionClause() {
        Request request = testLetters.granted();
        LocalDate today = LocalDate.now();

        DecisionLetterSummary letter = letterOf(request);
        assertThat(letter.kind()).isEqualTo(DecisionKind.GRANTED);
        assertThat(letter.law()).isEqualTo(Law.JEUGDWET);
        assertThat(letter.personName()).isEqualTo("Kim Route");
        assertThat(letter.date()).isEqualTo(today);

        DecisionLetterFile file = letters.download(letter.id());
        assertThat(file.fileName()).isEqualTo("beschikking-" + request.getId() + ".pdf");
        assertThat(new String(file.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(textOf(file.content())).contains(
                "Gemeente Lelystad",
                "Sam Route Agoraweg 1 8224 BZ Lelystad",
                "Datum " + dutch(today),
                "Onderwerp Toekenning van hulp (Jeugdwet)",
                "Betreft Kim Route, geboren op " + dutch(birthDateOf(request)),
                "Beste Sam Route,",
                "Wij kennen Kim Route de volgende hulp toe.",
                "Product Begeleiding individueel (productcode 45A01, categorie 45)",
                "Zorgaanbieder " + testLetters.provider().getName(),
                "Omvang 4 uur per week",
                "Periode " + dutch(today) + " tot en met " + dutch(TestLetters.end(today)),
                "artikel 2.3 van de Jeugdwet",
                OBJECTION_CLAUSE,
                "waarom u het niet eens bent met het besluit",
                "Met vriendelijke groet, burgemeester en wethouders van Lelystad, namens dezen, Anna de Vries Team Jeugd");
    }

    @Test
    void aRefusedRequestGetsALetterWithItsCodedReasonsInWordsAndTheAlternatives() {
        Request request = testLetters.refused(
                List.of(RefusalReason.NETWORK_SUFFICES, RefusalReason.GENERAL_PROVISION_SUFFICES),
                "Steun van oma Łucja en de buurtcoach 👍");

        DecisionLetterSummary letter = letterOf(request);
        assertThat(letter.kind()).isEqualTo(DecisionKind.REFUSED);
        assertThat(textOf(letters.download(letter.id()).content()))
                .contains(
                        "Onderwerp Afwijzing van uw aanvraag (Jeugdwet)",
                        "Wij wijzen uw aanvraag af. U vroeg om deze hulp:",
                        "Product Begeleiding individueel (productcode 45A01, categorie 45)",
                        "Omvang 4 uur per week",
                        "Wij wijzen de aanvraag af om deze redenen:",
                        "Uw eigen netwerk, zoals familie, vrienden of buren, kan de hulp bieden die nodig is.",
                        "Een algemene voorziening, waarvoor u geen aanvraag hoeft te doen, biedt voldoende hulp.",
                        "Welke hulp is er wel? Wij bieden u deze andere mogelijkheden aan:",
                        // what the font cannot show does not stop the decision
                        "Steun van oma Łucja en de buurtcoach ?",
                        OBJECTION_CLAUSE)
                .doesNotContain("de volgende hulp toe");
    }

    @Test
    void thePanelsRefusalIsWrittenUpByTheTeamAndGetsItsLetter() {
        Request request = testLetters.proposed();
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.DOUBT, List.of(), null, "Is deze hulp passend?");

        SignIn.as(users, "petra");
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.NO,
                List.of(RefusalReason.OUTSIDE_CONTRACT_SCOPE), "Het jongerenwerk in de wijk", null);
        assertThat(route.openTaskOf(request.getId())).get().extracting(RouteStep::taskKey).isEqualTo("decideRefusal");

        SignIn.as(users, "anna");
        assertThat(letters.lettersOf(request.getFamilyId())).as("not before the refusal is issued").isEmpty();
        route.decide(routes.taskOf(request), motivations.draft(request.getId()));

        assertThat(textOf(letters.download(letterOf(request).id()).content())).contains(
                "Onderwerp Afwijzing van uw aanvraag (Jeugdwet)",
                "Een panel van deskundigen heeft uw aanvraag ook beoordeeld.",
                "De gevraagde hulp valt buiten de afspraken die de gemeente met zorgaanbieders heeft gemaakt.",
                "Het jongerenwerk in de wijk");
    }

    @Test
    void aRequestSolvedAtTriageGetsNoLetter() {
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());

        route.triage(routes.taskOf(request), TriageOutcome.ADVICE, Set.of(), "Verwezen naar de wijkvoorziening");

        assertThat(letters.lettersOf(request.getFamilyId())).isEmpty();
    }

    @Test
    void aConsultantOfAnotherTeamMayNotReadTheLettersAndTheRefusalIsAudited() {
        Request request = testLetters.granted();
        long letterId = letterOf(request).id();

        SignIn.as(users, "carla");
        assertThatThrownBy(() -> letters.lettersOf(request.getFamilyId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letters.download(letterId)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("carla", request.getFamilyId(), AuditAction.DENIED, null, null), 0, 10))
                .extracting(AuditEvent::subject)
                .containsExactlyInAnyOrder("audit.decision.letters.read", "audit.decision.letter.downloaded");
    }

    @Test
    void readingAndWritingALetterIsInTheAuditTrail() {
        Request request = testLetters.granted();
        letters.download(letterOf(request).id());

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("anna", request.getFamilyId(), null, null, null), 0, 50))
                .extracting(AuditEvent::subject)
                .contains("audit.decision.letter.GRANTED", "audit.decision.letters.read",
                        "audit.decision.letter.downloaded");
    }

    private DecisionLetterSummary letterOf(Request request) {
        List<DecisionLetterSummary> all = letters.lettersOf(request.getFamilyId());
        assertThat(all).singleElement().extracting(DecisionLetterSummary::requestId).isEqualTo(request.getId());
        return all.get(0);
    }

    private LocalDate birthDateOf(Request request) {
        return families.open(request.getFamilyId()).members().stream()
                .filter(member -> member.getId().equals(request.getPersonId()))
                .map(Person::getBirthDate)
                .findFirst().orElseThrow();
    }
}
