package nl.gezinsplan.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.ResearchReport;
import nl.gezinsplan.casework.ResearchReportFile;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.family.FamilyMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research reports (onderzoeksverslagen) a signed-in member received: those of their own family about the members
 * they see, so a report about a youth of 16 or older is theirs, not their parents'. The member reads each one and
 * adds the family's view (zienswijze); {@link ResearchReports} checks and audits every read, download and view.
 */
@Service
@Transactional
public class MyResearch {

    /**
     * A report the member received, with the name of the member it is about and the request it belongs to (whether
     * the application is made).
     */
    public record ReceivedReport(ResearchReport report, String personName, Request request) {

        /** Whether the member may still apply by agreeing with this report: the request is open and not applied for. */
        public boolean applicationOpen() {
            return request.isOpen() && request.needsApplication() && request.getAppliedOn() == null;
        }
    }

    private final FamilyAccounts accounts;
    private final FamilyFacts families;
    private final ResearchReports reports;
    private final CaseFacts cases;

    MyResearch(FamilyAccounts accounts, FamilyFacts families, ResearchReports reports, CaseFacts cases) {
        this.accounts = accounts;
        this.families = families;
        this.reports = reports;
        this.cases = cases;
    }

    /** Newest first. */
    public List<ReceivedReport> list() {
        FamilyMember member = accounts.requireSignedIn();
        Set<Long> visible = accounts.visiblePersonIds(member);
        Map<Long, String> names = families.memberNames(member.familyId());
        List<ResearchReport> received = reports.sentTo(member.familyId()).stream()
                .filter(report -> visible.contains(report.getPersonId())).toList();
        // sentTo checked and audited the read of the family's reports; their requests are read with them
        Map<Long, Request> requests = cases.requests(received.stream().map(ResearchReport::getRequestId).toList());
        return received.stream()
                .map(report -> new ReceivedReport(report, names.get(report.getPersonId()),
                        requests.get(report.getRequestId())))
                .toList();
    }

    public ResearchReportFile download(long requestId) {
        accounts.requireSignedIn();
        return reports.download(requestId);
    }

    /** The member agrees with the report and so applies for the support (aanvraag). */
    public void applyByAgreeing(long requestId) {
        accounts.requireSignedIn();
        reports.applyByAgreeing(requestId);
    }

    public void addView(long requestId, String view) {
        accounts.requireSignedIn();
        reports.addFamilyView(requestId, view);
    }
}
