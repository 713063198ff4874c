package nl.gezinsplan.workspace.ui.term;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.ExtensionLetter;
import nl.gezinsplan.casework.TermChanges;
import nl.gezinsplan.casework.TermExtension;
import nl.gezinsplan.casework.TermSuspension;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.workflow.TermClock;

/**
 * The law's clock of one request, on the request and beside its task: whether its term is suspended (opgeschort)
 * and until when, its extension (verdaging), the earlier suspensions and the periods it was closed before a
 * reopening; and, for a consultant who may change the request, Opschorten, Hervatten and Verdagen.
 */
public class TermPanel extends VerticalLayout {

    private final TermClock termClock;
    private final TermChanges changes;
    private final long requestId;
    private final Clock clock;

    public TermPanel(TermClock termClock, TermChanges changes, long requestId, Clock clock) {
        this.termClock = termClock;
        this.changes = changes;
        this.requestId = requestId;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        addClassName("term-panel");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("workspace.term.title")));
        Optional<TermSuspension> running = changes.running(requestId);
        Optional<TermExtension> extension = changes.extensionOf(requestId);
        running.ifPresent(suspension -> add(status(getTranslation("workspace.term.suspended",
                date(suspension.getUntilDate()), suspension.getAsked(), suspension.getReason()))));
        extension.ifPresent(extended -> add(status(getTranslation("workspace.term.extended",
                date(extended.getExtendedTo()), extended.getReason())), new DownloadLink(
                getTranslation("workspace.term.extended.letter"), () -> new DownloadLink.File(
                        changes.letter(requestId), ExtensionLetter.fileName(requestId), ExtensionLetter.CONTENT_TYPE))));
        List<TermSuspension> ended = changes.suspensionsOf(requestId).stream()
                .filter(suspension -> !suspension.isRunning()).toList();
        boolean mayChange = changes.mayChange(requestId);
        if (running.isEmpty() && extension.isEmpty() && ended.isEmpty()) {
            // a closed request that was never suspended or extended has nothing to say about its clock
            setVisible(mayChange);
            add(new Paragraph(getTranslation("workspace.term.running")));
        }
        if (!ended.isEmpty()) {
            UnorderedList list = new UnorderedList(ended.stream().map(suspension -> new ListItem(
                    earlier(suspension))).toArray(ListItem[]::new));
            list.addClassName("term-suspensions");
            add(list);
        }
        if (!mayChange) {
            return;
        }
        FlexLayout actions = new FlexLayout();
        actions.addClassName("term-actions");
        actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        if (running.isPresent()) {
            actions.add(new Button(getTranslation("workspace.term.resume"), click -> resume()));
        } else {
            actions.add(new Button(getTranslation("workspace.term.suspend"),
                    click -> new SuspendDialog(termClock, requestId, today(), this::changed).open()));
        }
        if (extension.isEmpty()) {
            actions.add(new Button(getTranslation("workspace.term.extend"),
                    click -> new ExtendDialog(termClock, requestId, termClock.currentTerm(requestId), today(),
                            this::changed).open()));
        }
        add(actions);
    }

    /** An earlier suspension, or the period the request was closed before a manager reopened it. */
    private String earlier(TermSuspension suspension) {
        String from = date(suspension.getStartedOn());
        String to = date(suspension.getEndedOn());
        if (suspension.isClosedPeriod()) {
            return getTranslation("workspace.term.closed", from, to, suspension.suspendedDays());
        }
        return getTranslation("workspace.term.suspension", from, to, suspension.suspendedDays(),
                getTranslation("casework.suspension.end." + suspension.getEndedHow().name()));
    }

    private void resume() {
        FormInput.save(this, () -> termClock.resume(requestId)).ifPresentOrElse(Notification::show, () -> {
            Notification.show(getTranslation("workspace.term.resumed"));
            show();
        });
    }

    private void changed(String messageKey) {
        Notification.show(getTranslation(messageKey));
        show();
    }

    private Paragraph status(String text) {
        Paragraph status = new Paragraph(text);
        status.addClassName("term-status");
        return status;
    }

    private String date(LocalDate day) {
        return Formats.date(day, getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
