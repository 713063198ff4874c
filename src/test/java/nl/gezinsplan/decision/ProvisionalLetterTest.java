package nl.gezinsplan.decision;

import static nl.gezinsplan.decision.TestLetters.dutch;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A crisis's provisional decision gets its own letter at once: what is granted, until when, and that more follows. */
@IntegrationTest
class ProvisionalLetterTest {

    private static final String WHY = "Moeder is opgenomen in het ziekenhuis. Kim kan niet wachten op hulp.";

    @Autowired
    DecisionLetters letters;

    @Autowired
    TestLetters testLetters;

    @Autowired
    TestCases cases;

    @Autowired
    Provisions provisions;

    @Autowired
    RequestSteps steps;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProvisionalDecisionIsSentAtOnceWithTheCareUntilTheEndOfTheProvisionalPeriod() {
        LocalDate today = LocalDate.now();
        Request request = cases.request(Law.JEUGDWET, Referrer.CRISIS, Urgency.CRISIS, today);
        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), testLetters.product().getId(),
                testLetters.provider().getId(), TestLetters.HOURS_PER_WEEK, Frequency.PER_WEEK, today,
                TestLetters.end(today), null, null));

        steps.decideProvisionally(request.getId(), WHY);

        List<DecisionLetterSummary> all = letters.lettersOf(request.getFamilyId());
        assertThat(all).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(DecisionKind.PROVISIONAL);
            assertThat(letter.date()).isEqualTo(today);
            assertThat(letter.fileName()).isEqualTo("voorlopige-beschikking-" + request.getId() + ".pdf");
        });
        DecisionLetterFile file = letters.download(all.get(0).id());
        assertThat(file.fileName()).isEqualTo("voorlopige-beschikking-" + request.getId() + ".pdf");
        assertThat(textOf(file.content())).contains(
                "Datum " + dutch(today),
                "Onderwerp Voorlopige toekenning van hulp (Jeugdwet)",
                "De situatie is dringend. In deze brief leest u wat wij nu al hebben besloten.",
                "Wij kennen Kim Route nu meteen de volgende hulp toe. Dit is een voorlopig besluit.",
                "Dat besluit vervangt dit voorlopige besluit.",
                "Product Begeleiding individueel (productcode 45A01, categorie 45)",
                "Omvang 4 uur per week",
                "Periode " + dutch(today) + " tot en met " + dutch(today.plusWeeks(4)),
                WHY,
                "Dan kunt u bezwaar maken binnen zes weken");

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("anna", request.getFamilyId(), null, null, null), 0, 50))
                .extracting(AuditEvent::subject)
                .contains("audit.request.provisional", "audit.provision.granted-provisionally",
                        "audit.decision.letter.PROVISIONAL");
    }
}
