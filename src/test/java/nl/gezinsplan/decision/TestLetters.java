package nl.gezinsplan.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.ProductFilter;
import nl.gezinsplan.casework.Provider;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Youth-care requests driven through the route to a decision, each with a letter: four hours a week of individual
 * support (45A01) for six months from today, proposed by anna. Also reads a letter's text back from its PDF.
 */
@Component
public class TestLetters {

    public static final String PRODUCT = "45A01";
    public static final BigDecimal HOURS_PER_WEEK = new BigDecimal("4");
    /** The motivation anna writes with every decision she issues here. */
    public static final String MOTIVATION = "Kim heeft naast de hulp van haar ouders begeleiding nodig om naar school"
            + " te blijven gaan.";

    private final TestRoutes routes;
    private final RequestRoute route;
    private final Provisions provisions;
    private final Catalogue catalogue;
    private final Motivations motivations;

    TestLetters(TestRoutes routes, RequestRoute route, Provisions provisions, Catalogue catalogue,
                Motivations motivations) {
        this.motivations = motivations;
        this.routes = routes;
        this.route = route;
        this.provisions = provisions;
        this.catalogue = catalogue;
    }

    /** Approved and decided by anna, who stays signed in. */
    public Request granted() {
        Request request = approved();
        route.decide(routes.taskOf(request), MOTIVATION);
        return request;
    }

    /** Proposed and through the "nee, tenzij" check, approved by bram: the route waits for anna's decision. */
    public Request approved() {
        Request request = proposed();
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.YES, List.of(), null, null);
        routes.approve(request, "bram");
        return request;
    }

    /**
     * Proposed and refused at the "nee, tenzij" check by anna, who issues the refusal with the draft of its motivation
     * as it is and stays signed in.
     */
    public Request refused(List<RefusalReason> reasons, String alternatives) {
        Request request = refusedAtTheCheck(reasons, alternatives);
        route.decide(routes.taskOf(request), motivations.draft(request.getId()));
        return request;
    }

    /** Proposed and refused at the "nee, tenzij" check by anna: the route waits for her to write up the refusal. */
    public Request refusedAtTheCheck(List<RefusalReason> reasons, String alternatives) {
        Request request = proposed();
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.NO, reasons, alternatives, null);
        return request;
    }

    /** The proposal submitted: the route waits for the "nee, tenzij" check. */
    public Request proposed() {
        Request request = routes.consented(Law.JEUGDWET);
        LocalDate start = LocalDate.now();
        provisions.propose(request.getId(), new ProvisionDraft(request.getPersonId(), product().getId(),
                provider().getId(), HOURS_PER_WEEK, Frequency.PER_WEEK, start, end(start),
                null, null));
        route.completeProposal(routes.taskOf(request), "Passend bij wat het gezin nodig heeft");
        return request;
    }

    /** The first provider (by name) that offers the product. */
    public Provider provider() {
        return catalogue.providersOf(product().getId()).get(0);
    }

    public Product product() {
        return catalogue.products(new ProductFilter(Law.JEUGDWET, true, PRODUCT), 0, 1).get(0);
    }

    public static LocalDate end(LocalDate start) {
        return start.plusMonths(6).minusDays(1);
    }

    /** As the letter writes a date: "5 mei 2025". */
    public static String dutch(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl")).format(day);
    }

    /** The letter's text, its lines joined by single spaces so that phrases wrapped over two lines still match. */
    public static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
