package nl.gezinsplan.workspace.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.casefile.ui.CaseNotesPanel;
import nl.gezinsplan.casefile.ui.DocumentsPanel;
import nl.gezinsplan.casefile.ui.RecentDocuments;
import nl.gezinsplan.casefile.ui.RecentNotes;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchReport;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.casework.TermChanges;
import nl.gezinsplan.casework.ui.ProvisionsPanel;
import nl.gezinsplan.casework.ui.RequestsPanel;
import nl.gezinsplan.casework.ui.ResearchReportPanel;
import nl.gezinsplan.benefit.Measures;
import nl.gezinsplan.benefit.ui.MeasuresPanel;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.decision.ui.DecisionLettersPanel;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionLetters;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.objection.ui.ObjectionsPanel;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.plan.ui.PlanPanel;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.CareFollowUps;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.PortalAccess;
import nl.gezinsplan.portal.ui.CareFeedbackPanel;
import nl.gezinsplan.portal.ui.PortalAccessPanel;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TermClock;
import nl.gezinsplan.workspace.ui.term.TermPanel;
import org.springframework.stereotype.Component;

/**
 * The one way a page gets a panel about a family: every panel takes its services in its constructor, and the pages
 * that show it (the family page, a task) get it from here, so no page passes services it does not use itself.
 */
@Component
public class FamilyPanels {

    private final Plans plans;
    private final UserDirectory directory;
    private final Requests requests;
    private final Provisions provisions;
    private final Catalogue catalogue;
    private final DecisionLetters letters;
    private final PortalAccess portalAccess;
    private final CareFeedback careFeedback;
    private final CareFollowUps careFollowUps;
    private final Questions questions;
    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final ResearchReports researchReports;
    private final Measures measures;
    private final RequestEndings requestEndings;
    private final Objections objections;
    private final ObjectionLetters objectionLetters;
    private final TermClock termClock;
    private final TermChanges termChanges;
    private final Clock clock;

    FamilyPanels(Plans plans, UserDirectory directory, Requests requests, Provisions provisions, Catalogue catalogue,
                 DecisionLetters letters, PortalAccess portalAccess, CareFeedback careFeedback,
                 CareFollowUps careFollowUps, Questions questions, CaseNotes notes, CaseDocuments documents, ResearchReports researchReports,
                 Measures measures, RequestEndings requestEndings, Objections objections,
                 ObjectionLetters objectionLetters, TermClock termClock, TermChanges termChanges, Clock clock) {
        this.measures = measures;
        this.plans = plans;
        this.directory = directory;
        this.requests = requests;
        this.provisions = provisions;
        this.catalogue = catalogue;
        this.letters = letters;
        this.portalAccess = portalAccess;
        this.careFeedback = careFeedback;
        this.careFollowUps = careFollowUps;
        this.questions = questions;
        this.notes = notes;
        this.documents = documents;
        this.researchReports = researchReports;
        this.requestEndings = requestEndings;
        this.objections = objections;
        this.objectionLetters = objectionLetters;
        this.termClock = termClock;
        this.termChanges = termChanges;
        this.clock = clock;
    }

    public PlanPanel plan(long familyId, List<Person> members) {
        return new PlanPanel(plans, directory, familyId, members);
    }

    /**
     * The family's requests; {@code step} shows where each one stands on its route, and a request's dialog offers to
     * withdraw, close or reopen it ({@link RequestEndings}).
     */
    public RequestsPanel requests(long familyId, List<Person> members, boolean mayRegister,
                                  Function<Request, com.vaadin.flow.component.Component> step) {
        RequestsPanel panel = new RequestsPanel(requests, provisions, researchReports, familyId, members, mayRegister,
                step, requestEndings);
        panel.setTermOfRequest(request -> term(request.getId()));
        return panel;
    }

    /** The law's clock of a request: its suspensions and extension, with Opschorten, Hervatten and Verdagen. */
    public TermPanel term(long requestId) {
        return new TermPanel(termClock, termChanges, requestId, clock);
    }

    /** The research report of a request with the family's view, once its research is done. */
    public ResearchReportPanel research(ResearchReport report) {
        return new ResearchReportPanel(researchReports, report);
    }

    public ProvisionsPanel provisions(long familyId, List<Person> members) {
        return new ProvisionsPanel(provisions, catalogue, familyId, members);
    }

    /** The measures on the family's rights to income support; shown where {@link MeasuresPanel#isRelevant()}. */
    public MeasuresPanel measures(long familyId, List<Person> members) {
        return new MeasuresPanel(measures, familyId, members.stream()
                .collect(java.util.stream.Collectors.toMap(Person::getId, Person::fullName)));
    }

    public DecisionLettersPanel letters(long familyId) {
        return new DecisionLettersPanel(letters, familyId);
    }

    /** The family's objections against its decisions; {@code step} shows where each open one is on its route. */
    public ObjectionsPanel objections(long familyId, boolean mayRegister,
                                      Function<Objection, com.vaadin.flow.component.Component> step) {
        return new ObjectionsPanel(objections, objectionLetters, familyId, mayRegister, step);
    }

    public PortalAccessPanel portalAccess(long familyId, boolean consultant) {
        return new PortalAccessPanel(portalAccess, familyId, consultant);
    }

    public CareFeedbackPanel careFeedback(long familyId) {
        return new CareFeedbackPanel(careFeedback, careFollowUps, familyId);
    }

    public FamilyQuestionsPanel questions(long familyId, boolean mayAnswer) {
        return new FamilyQuestionsPanel(questions, familyId, mayAnswer);
    }

    /** The family's notes: searched by everyone with access, written by a consultant when {@code mayWrite}. */
    public CaseNotesPanel notes(long familyId, boolean mayWrite) {
        return new CaseNotesPanel(notes, requests, familyId, mayWrite);
    }

    /** The latest notes on a request, for its task's case panel. */
    public RecentNotes recentNotesOfRequest(long requestId) {
        return RecentNotes.ofRequest(notes, requestId);
    }

    /** The latest notes of a family, for a task without a request. */
    public RecentNotes recentNotesOfFamily(long familyId) {
        return RecentNotes.ofFamily(notes, familyId);
    }

    /** The family's documents; a consultant with access uploads and withdraws them. */
    public DocumentsPanel documents(long familyId, List<Person> members, boolean consultant) {
        Map<Long, String> names = members.stream().collect(Collectors.toMap(Person::getId, Person::fullName));
        return new DocumentsPanel(documents, familyId, requests.ofFamily(familyId), names,
                consultant && documents.mayChange(familyId));
    }

    /** The latest documents of a request, or of the family when {@code requestId} is null: for a task's case. */
    public RecentDocuments recentDocuments(long familyId, Long requestId) {
        return new RecentDocuments(documents, familyId, requestId);
    }
}
