package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.casework.ResearchReport;
import nl.gezinsplan.casework.ResearchReports;

/**
 * The research report of a request as the consultant sees it, on the request and on its tasks: the conversation, the
 * ladder's answers and the conclusion, the written report as sent to the family, and the family's view once given.
 */
public class ResearchReportPanel extends Div {

    public ResearchReportPanel(ResearchReports reports, ResearchReport report) {
        addClassName("research-report");
        add(new H3(getTranslation("casework.research.title")));
        add(new Paragraph(getTranslation("casework.research.conversation",
                Formats.date(report.getConversationOn(), getLocale()), report.getParticipants())));
        answer("own-strength", report.getOwnStrength());
        answer("network", report.getNetwork());
        answer("general-provisions", report.getGeneralProvisions());
        answer("needed", report.getNeeded());
        answer("conclusion", report.getConclusion());
        if (report.isSent()) {
            Paragraph sent = new Paragraph(getTranslation("casework.research.sent", day(report.getSentAt())) + " ");
            sent.add(new ResearchReportLink(getTranslation("casework.research.download"),
                    () -> reports.download(report.getRequestId())));
            add(sent);
            H4 view = new H4(getTranslation("casework.research.view"));
            add(view);
            if (report.getFamilyView() == null) {
                add(new Paragraph(getTranslation("casework.research.view.none")));
            } else {
                Paragraph given = new Paragraph(report.getFamilyView());
                given.addClassName("family-view");
                add(given, new Paragraph(getTranslation("casework.research.view.given",
                        day(report.getFamilyViewAt()))));
            }
        }
    }

    private void answer(String question, String text) {
        add(new H4(getTranslation("casework.research." + question)), new Paragraph(text));
    }

    private String day(java.time.Instant at) {
        return Formats.date(LocalDate.ofInstant(at, ClockConfiguration.MUNICIPALITY_ZONE), getLocale());
    }
}
