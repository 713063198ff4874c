package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import nl.gezinsplan.base.pdf.PdfImages;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.decision.DecisionKind;
import nl.gezinsplan.decision.DecisionLimits;
import nl.gezinsplan.decision.Motivations;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * The decision (beschikking): what will be granted, or after a no at the "nee, tenzij" check what is refused, and the
 * motivation of its letter, written from a draft made from the case; the consultant looks at the letter before it
 * goes, then issues it. Once issued, the letter is fixed. Both the grant's task and the refusal's use this form.
 */
class DecisionForm extends TaskForm {

    private final Motivations motivations;
    private final long requestId;
    private final TextArea motivation = FormInput.limit(new TextArea(), DecisionLimits.MOTIVATION);

    DecisionForm(RequestRoute route, Provisions provisions, Motivations motivations, String taskId,
                 Consumer<String> leave) {
        super(leave);
        this.motivations = motivations;
        this.requestId = route.requestOf(taskId);
        // a refusal's texts have their own keys: "workspace.task.decide.refusal.*"
        String texts = motivations.kind(requestId) == DecisionKind.REFUSED
                ? "workspace.task.decide.refusal." : "workspace.task.decide.";
        ProposedProvisions granted = new ProposedProvisions();
        granted.show(provisions.ofRequest(requestId));
        motivation.setLabel(getTranslation("decision.motivation"));
        motivation.setHelperText(getTranslation(texts + "motivation.help"));
        motivation.setValue(motivations.draft(requestId));
        motivation.setWidthFull();
        motivation.setMinRows(8);
        motivation.setId("decision-motivation");
        Button preview = new Button(getTranslation("workspace.task.decide.preview"), click -> preview());
        preview.setId("decision-preview");
        add(new Paragraph(getTranslation(texts + "explanation")), granted, motivation, error(),
                new HorizontalLayout(preview, completeButton(texts + "issue",
                        () -> route.decide(taskId, motivation.getValue()))));
    }

    /**
     * The letter as it will go, its pages as images in a dialog, and the PDF itself a link away; a motivation the
     * service refuses is explained in the form instead.
     */
    private void preview() {
        byte[][] letter = new byte[1][];
        if (!FormInput.save(this, error(), () -> letter[0] = motivations.preview(requestId, motivation.getValue()))) {
            return;
        }
        byte[] pdf = letter[0];
        String fileName = getTranslation("workspace.task.decide.preview.file", String.valueOf(requestId));
        DownloadHandler download = DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)).inline();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.task.decide.preview.title"));
        dialog.setWidth("min(52rem, 96vw)");
        List<byte[]> pages = PdfImages.pages(pdf);
        for (int number = 1; number <= pages.size(); number++) {
            byte[] png = pages.get(number - 1);
            Image page = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "pagina.png", "image/png", png.length)),
                    getTranslation("workspace.task.decide.preview.page", number, pages.size()));
            page.setWidthFull();
            page.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("margin-bottom", "var(--lumo-space-m)");
            dialog.add(page);
        }
        Anchor open = new Anchor(download, getTranslation("workspace.task.decide.preview.open"));
        open.setTarget("_blank");
        dialog.getFooter().add(open, new Button(getTranslation("workspace.task.decide.preview.close"),
                click -> dialog.close()));
        dialog.open();
    }
}
