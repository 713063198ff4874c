package nl.gezinsplan.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A report the member received, with the name of the member it is about. */
    public record ReceivedReport(ResearchReport report, String personName) {
    }

    private final FamilyAccounts accounts;
    private final FamilyFacts families;
    private final ResearchReports reports;

    MyResearch(FamilyAccounts accounts, FamilyFacts families, ResearchReports reports) {
        this.accounts = accounts;
        this.families = families;
        this.reports = reports;
    }

    /** Newest first. */
    public List<ReceivedReport> list() {
        FamilyMember member = accounts.requireSignedIn();
        Set<Long> visible = accounts.visiblePersonIds(member);
        Map<Long, String> names = families.memberNames(member.familyId());
        return reports.sentTo(member.familyId()).stream()
                .filter(report -> visible.contains(report.getPersonId()))
                .map(report -> new ReceivedReport(report, names.get(report.getPersonId())))
                .toList();
    }

    public ResearchReportFile download(long requestId) {
        accounts.requireSignedIn();
        return reports.download(requestId);
    }

    public void addView(long requestId, String view) {
        accounts.requireSignedIn();
        reports.addFamilyView(requestId, view);
    }
}
