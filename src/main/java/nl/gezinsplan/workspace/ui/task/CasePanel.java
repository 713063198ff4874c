package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.casework.ApprovalVerdict;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.ResearchReport;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.security.UserDirectory;

/**
 * The case a task of a request's route is about, so that whoever works the task sees the whole of it: the request
 * (the family's question, referrer, urgency, date, the statutory term and the days left) and the earlier steps with
 * who took them, when and what they found (triage, research, the proposal with its motivation, "nee, tenzij", the question to the
 * panel and its outcome, earlier verdicts). Below them a place for the family's recent notes and documents
 * ({@link #addRecent}).
 */
class CasePanel extends VerticalLayout {

    private final UserDirectory directory;
    private final Map<String, String> names = new HashMap<>();
    private final VerticalLayout recent = new VerticalLayout();

    CasePanel(Request request, Instant statutoryTerm, Optional<ResearchReport> research, List<ApprovalVerdict> verdicts,
              List<ProvisionLine> provisions, UserDirectory directory, LocalDate today) {
        this.directory = directory;
        setPadding(false);
        setSpacing(false);
        addClassName("case-panel");
        add(new H2(getTranslation("workspace.case.title", String.valueOf(request.getId()))));
        if (request.getDescription() != null && !request.getDescription().isBlank()) {
            Paragraph question = new Paragraph(request.getDescription());
            question.addClassName("request-question");
            add(question);
        }
        add(new Paragraph(getTranslation("workspace.case.facts",
                getTranslation("casework.referrer." + request.getReferrer().name()),
                getTranslation("casework.urgency." + request.getUrgency().name()),
                Formats.date(request.getRequestedOn(), getLocale()))));
        if (statutoryTerm != null) {
            add(term(statutoryTerm.atZone(ClockConfiguration.MUNICIPALITY_ZONE).toLocalDate(), today));
        }
        add(new H3(getTranslation("workspace.case.steps")));
        List<ListItem> steps = steps(request, research, verdicts, provisions);
        if (steps.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.case.steps.none")));
        } else {
            UnorderedList list = new UnorderedList(steps.toArray(ListItem[]::new));
            list.addClassName("case-steps");
            add(list);
        }
        recent.setPadding(false);
        add(recent);
    }

    /** The place for the family's recent notes and documents of the case file, under the earlier steps. */
    void addRecent(Component... parts) {
        recent.add(parts);
    }

    private Paragraph term(LocalDate due, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        String date = Formats.date(due, getLocale());
        Paragraph term = new Paragraph(daysLeft > 0 ? getTranslation("workspace.case.term", date, daysLeft)
                : daysLeft == 0 ? getTranslation("workspace.case.term.today", date)
                : getTranslation("workspace.case.term.exceeded", date, -daysLeft));
        term.addClassName(daysLeft < 0 ? "case-term-exceeded" : "case-term");
        return term;
    }

    private List<ListItem> steps(Request request, Optional<ResearchReport> research, List<ApprovalVerdict> verdicts,
                                 List<ProvisionLine> provisions) {
        List<ListItem> steps = new ArrayList<>();
        if (request.isDecidedProvisionally()) {
            List<String> what = new ArrayList<>(List.of(getTranslation("workspace.case.provisional",
                    Formats.date(request.getProvisionalUntil(), getLocale()))));
            addIfPresent(what, "workspace.case.provisional.motivation", request.getProvisionalMotivation());
            steps.add(step(Formats.date(request.getProvisionalOn(), getLocale()), request.getProvisionalBy(), what));
        }
        if (request.getTriageOutcome() != null) {
            List<String> what = new ArrayList<>(List.of(getTranslation("workspace.case.triage",
                    getTranslation("workspace.task.triage." + request.getTriageOutcome().name()))));
            if (!request.triageReasons().isEmpty()) {
                what.add(getTranslation("workspace.case.triage.reasons", labels("casework.triage-reason.",
                        request.triageReasons().stream().sorted().toList())));
            }
            addIfPresent(what, "workspace.case.triage.note", request.getTriageNote());
            steps.add(step(at(request.getTriagedAt()), request.getTriagedBy(), what));
        }
        research.ifPresent(report -> steps.add(step(at(report.getWrittenAt()), report.getWrittenBy(),
                List.of(getTranslation("workspace.case.research", Formats.date(report.getConversationOn(), getLocale()),
                        report.getParticipants()), getTranslation("workspace.case.research.conclusion",
                        report.getConclusion())))));
        if (request.needsApplication() && request.getApplicationChannel() != null) {
            steps.add(step(Formats.date(request.getAppliedOn(), getLocale()), request.getAppliedBy(),
                    List.of(getTranslation("workspace.case.application",
                            getTranslation("workspace.case.application." + request.getApplicationChannel().name())))));
        }
        if (request.getWorkTrackStartedAt() != null) {
            steps.add(step(at(request.getWorkTrackStartedAt()), request.getWorkTrackStartedBy(),
                    List.of(getTranslation("workspace.case.work-track",
                            Formats.date(request.getWorkTrackStartsOn(), getLocale()),
                            request.getWorkTrackAgreements()))));
        }
        if (request.getProposedBy() != null) {
            List<String> what = new ArrayList<>(List.of(getTranslation("workspace.case.proposal",
                    provisions.stream().map(line -> getTranslation("workspace.case.proposal.provision",
                            line.productName(), line.providerName(),
                            getTranslation("casework.status." + line.status().name())))
                            .collect(Collectors.joining("; ")))));
            addIfPresent(what, "workspace.case.proposal.motivation", request.getProposalMotivation());
            steps.add(step(Formats.date(request.getProposedOn(), getLocale()), request.getProposedBy(), what));
        }
        if (request.getNeeTenzijOutcome() != null) {
            List<String> what = new ArrayList<>(List.of(getTranslation("workspace.case.nee-tenzij",
                    getTranslation("workspace.task.nee-tenzij." + request.getNeeTenzijOutcome().name()))));
            addIfPresent(what, "workspace.case.panel-question", request.getPanelQuestion());
            if (request.getNeeTenzijOutcome() == NeeTenzijOutcome.NO) {
                addRefusal(what, request);
            }
            steps.add(step(at(request.getNeeTenzijAt()), request.getNeeTenzijBy(), what));
        }
        if (request.getPanelOutcome() != null) {
            List<String> what = new ArrayList<>(List.of(getTranslation("workspace.case.panel",
                    getTranslation("workspace.case.panel." + request.getPanelOutcome().name()))));
            if (request.getPanelOutcome() == NeeTenzijOutcome.NO) {
                addRefusal(what, request);
            }
            steps.add(step(at(request.getPanelDecidedAt()), request.getPanelDecidedBy(), what));
        }
        for (ApprovalVerdict verdict : verdicts) {
            String level = getTranslation("workspace.case.verdict." + verdict.level().name());
            steps.add(step(at(verdict.decidedAt()), verdict.decidedBy(), List.of(verdict.approved()
                    ? getTranslation("workspace.case.verdict.approved", level)
                    : getTranslation("workspace.case.verdict.rejected", level, verdict.reason()))));
        }
        return steps;
    }

    private void addRefusal(List<String> what, Request request) {
        what.add(getTranslation("workspace.case.refusal", labels("casework.refusal-reason.",
                request.refusalReasons()), request.getAlternatives()));
    }

    private void addIfPresent(List<String> what, String key, String text) {
        if (text != null && !text.isBlank()) {
            what.add(getTranslation(key, text));
        }
    }

    /** One step: when and by whom (unknown for steps recorded before Gezinsplan kept them), then what. */
    private ListItem step(String when, String username, List<String> what) {
        List<String> about = new ArrayList<>();
        if (when != null) {
            about.add(when);
        }
        if (username != null) {
            about.add(names.computeIfAbsent(username,
                    name -> directory.fullNameOf(name)));
        }
        // who and when on a line of their own, above what they did
        Div who = new Div(String.join(", ", about));
        who.addClassName("case-step-by");
        who.getStyle().set("font-weight", "600");
        ListItem item = new ListItem(who, new Text(String.join(". ", what)));
        item.addClassName("case-step");
        return item;
    }

    private String labels(String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().map(value -> getTranslation(prefix + value.name())).collect(Collectors.joining(", "));
    }

    private String at(Instant moment) {
        return moment == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(moment.atZone(ClockConfiguration.MUNICIPALITY_ZONE));
    }
}
