package nl.gezinsplan.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research reports (onderzoeksverslagen) of requests. The route records one when the research is done
 * ({@link RequestSteps#recordResearch}); under the Wmo its written report is placed in the portal at once and recorded
 * as sent. Colleagues with access read it with the request; the family reads the reports about the members it sees and
 * adds its view (zienswijze). Every read, download and view is checked against the family and audited.
 */
@Service
@Transactional
public class ResearchReports {

    private final ResearchReportRepository reports;
    private final Requests owner;
    private final ResearchReportWriter writer;
    private final FamilyAccess access;
    private final FamilyFacts familyFacts;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock;

    ResearchReports(ResearchReportRepository reports, Requests owner, ResearchReportWriter writer, FamilyAccess access,
                    FamilyFacts familyFacts, CurrentUser currentUser, UserDirectory directory, Clock clock) {
        this.reports = reports;
        this.owner = owner;
        this.writer = writer;
        this.access = access;
        this.familyFacts = familyFacts;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    /** Records the research of the open request, once; a Wmo report is written and sent to the family's portal. */
    void record(long requestId, ResearchFindings findings) {
        Input.text(findings.participants(), CaseworkLimits.RESEARCH_PARTICIPANTS);
        Input.text(findings.ownStrength(), CaseworkLimits.RESEARCH_OWN_STRENGTH);
        Input.text(findings.network(), CaseworkLimits.RESEARCH_NETWORK);
        Input.text(findings.generalProvisions(), CaseworkLimits.RESEARCH_GENERAL_PROVISIONS);
        Input.text(findings.needed(), CaseworkLimits.RESEARCH_NEEDED);
        Input.text(findings.conclusion(), CaseworkLimits.RESEARCH_CONCLUSION);
        Input.date(findings.conversationOn(), "workspace.task.research.conversation-on");
        Request request = owner.changing(requestId, "audit.request.researched");
        if (reports.findByRequestId(requestId).isPresent()) {
            throw new InvalidInput("casework.research.recorded");
        }
        String consultant = currentUser.require().username();
        ResearchReport report = new ResearchReport(request, findings, LocalDate.now(clock), consultant,
                clock.instant());
        if (request.getLaw() == Law.WMO) {
            report.send(writer.write(request, report, familyFacts.member(request.getPersonId()).orElseThrow(),
                    directory.fullNameOf(consultant)), clock.instant());
            access.recordChangeBy(request.getFamilyId(), consultant, "audit.research.report.sent",
                    ResearchReportFile.fileName(requestId));
        }
        reports.save(report);
    }

    /** Whether the research of the request is recorded, for the route; no access check of its own. */
    boolean recorded(long requestId) {
        return reports.findByRequestId(requestId).isPresent();
    }

    /** The research report of a request, if its research is done; for colleagues who may read the family. */
    public Optional<ResearchReport> of(long requestId) {
        Request request = owner.find(requestId);
        access.requireRead(request.getFamilyId(), "audit.research.report.read", String.valueOf(requestId));
        return reports.findByRequestId(requestId);
    }

    /**
     * The reports sent to the family, newest first: for its members in the portal, who see only those about members
     * they see ({@link nl.gezinsplan.family.FamilyAccounts#visiblePersonIds}), and for colleagues.
     */
    public List<ResearchReport> sentTo(long familyId) {
        access.requireReadByStaffOrMember(familyId, "audit.research.reports.read", null);
        return reports.findSentOf(familyId);
    }

    /** The written report as it was sent; a family member gets only a report about a member they see. */
    public ResearchReportFile download(long requestId) {
        Request request = owner.find(requestId);
        String fileName = ResearchReportFile.fileName(requestId);
        access.requireReadByStaffOrMember(request.getFamilyId(), request.getPersonId(),
                "audit.research.report.downloaded", fileName);
        return reports.findByRequestId(requestId).filter(ResearchReport::isSent)
                .map(report -> new ResearchReportFile(fileName, report.getPdf()))
                .orElseThrow(() -> new InvalidInput("casework.research.unknown"));
    }

    /**
     * A family member agrees with a report they received and so applies (aanvraag) for the support it concludes is
     * needed, today; the route waiting for the application moves on. Once per request, like an application on paper.
     */
    public void applyByAgreeing(long requestId) {
        Request request = owner.find(requestId);
        access.requireMemberChange(request.getFamilyId(), request.getPersonId(), AuditAction.UPDATE,
                "audit.request.applied", String.valueOf(requestId));
        reports.findByRequestId(requestId).filter(ResearchReport::isSent)
                .orElseThrow(() -> new InvalidInput("casework.research.view.not-sent"));
        if (!request.isOpen()) {
            throw new InvalidInput("casework.request.closed");
        }
        owner.applied(request, LocalDate.now(clock), ApplicationChannel.PORTAL);
    }

    /**
     * A family member adds the family's view (zienswijze) to a report they received, once; it reaches the consultant
     * with the request and its tasks.
     */
    public void addFamilyView(long requestId, String view) {
        Input.text(view, CaseworkLimits.FAMILY_VIEW);
        Request request = owner.find(requestId);
        access.requireMemberChange(request.getFamilyId(), request.getPersonId(), AuditAction.CREATE,
                "audit.research.view.added", String.valueOf(requestId));
        ResearchReport report = reports.findByRequestId(requestId)
                .orElseThrow(() -> new InvalidInput("casework.research.view.not-sent"));
        report.addFamilyView(view, currentUser.require().username(), clock.instant());
        reports.save(report);
    }
}
