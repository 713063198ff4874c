package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.gezinsplan.casework.ApprovalVerdict;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchReports;
import nl.gezinsplan.casework.TermSuspension;

/**
 * One request opened from the family page: what was asked, its history from report to close (triage, proposal,
 * verdicts, decision), the research report with the family's view, and the provisions proposed for it with what
 * became of them.
 */
public class RequestDialog extends Dialog {

    private record Moment(LocalDate day, String what) {
    }

    private final Button closeButton = new Button(getTranslation("casework.request.dialog.close"), click -> close());

    public RequestDialog(Requests requests, Provisions provisions, ResearchReports researchReports, Request request,
                         String member, boolean mayChange, Runnable changed) {
        setHeaderTitle(getTranslation("casework.request.dialog.title", String.valueOf(request.getId()), member));
        setWidth("min(48rem, 100%)");
        Div about = new Div(new Paragraph(String.join(" · ",
                getTranslation("casework.law." + request.getLaw().name()),
                getTranslation("casework.referrer." + request.getReferrer().name()),
                getTranslation("casework.request.status." + request.getStatus().name()))));
        if (request.getDescription() != null && !request.getDescription().isBlank()) {
            about.add(new Paragraph(request.getDescription()));
        }
        add(about, new H3(getTranslation("casework.request.history")), list(history(requests, request)));
        if (mayChange && request.isOpen() && request.needsApplication() && request.getAppliedOn() == null) {
            add(new ApplicationFields(requests, request.getId(), () -> {
                close();
                changed.run();
            }));
        }
        researchReports.of(request.getId()).ifPresent(report -> add(new ResearchReportPanel(researchReports, report)));

        List<ProvisionLine> proposed = provisions.ofRequest(request.getId());
        add(new H3(getTranslation("casework.request.provisions")));
        add(proposed.isEmpty() ? new Paragraph(getTranslation("casework.request.provisions.none"))
                : list(proposed.stream().map(line -> getTranslation("casework.request.provision", line.productName(),
                        line.personName(), getTranslation("casework.status." + line.status().name()))).toList()));
        getFooter().add(closeButton);
    }

    /** Adds what the page lets the user do with the request, before the button that closes the dialog. */
    public void addActions(List<? extends Component> actions) {
        getFooter().removeAll();
        actions.forEach(getFooter()::add);
        getFooter().add(closeButton);
    }

    private List<String> history(Requests requests, Request request) {
        List<Moment> moments = new ArrayList<>();
        moments.add(new Moment(request.getRequestedOn(), getTranslation("casework.request.history.reported")));
        if (request.isDecidedProvisionally()) {
            moments.add(new Moment(request.getProvisionalOn(), getTranslation("casework.request.history.provisional",
                    Formats.date(request.getProvisionalUntil(), getLocale()))));
        }
        if (request.getTriageOutcome() != null) {
            moments.add(new Moment(null, getTranslation("casework.request.history.triage."
                    + (request.getTriageOutcome().closesTheRequest() ? "closed" : "research"))));
        }
        if (request.needsApplication() && request.getAppliedOn() != null) {
            moments.add(new Moment(request.getAppliedOn(), getTranslation("casework.request.history.applied")));
        }
        if (request.getProposedOn() != null) {
            moments.add(new Moment(request.getProposedOn(), getTranslation("casework.request.history.proposed")));
        }
        for (ApprovalVerdict verdict : requests.verdictsOf(request.getId())) {
            moments.add(new Moment(LocalDate.ofInstant(verdict.decidedAt(), ZoneId.systemDefault()),
                    verdict.approved() ? getTranslation("casework.request.history.approved")
                            : getTranslation("casework.request.history.rejected", verdict.reason())));
        }
        if (request.getClosedOn() != null) {
            moments.add(new Moment(request.getClosedOn(), getTranslation("casework.request.history.closed",
                    getTranslation("casework.request.status." + request.getStatus().name()))
                    + (request.isWithdrawnInPortal() ? " " + getTranslation("casework.request.history.in-portal") : "")
                    + (request.getCloseReason() == null ? "" : ": " + request.getCloseReason())));
        }
        for (TermSuspension closed : requests.closedPeriodsOf(request.getId())) {
            moments.add(new Moment(closed.getEndedOn(), getTranslation("casework.request.history.reopened",
                    closed.suspendedDays())));
        }
        // the triage has no date of its own: it sits after the report, where it happened
        List<Moment> dated = new ArrayList<>(moments.stream().filter(moment -> moment.day() != null)
                .sorted(Comparator.comparing(Moment::day)).toList());
        moments.stream().filter(moment -> moment.day() == null).forEach(moment -> dated.add(1, moment));
        return dated.stream().map(moment -> moment.day() == null ? moment.what()
                : Formats.date(moment.day(), getLocale()) + ": " + moment.what()).toList();
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(new Text(line))));
        return list;
    }
}
