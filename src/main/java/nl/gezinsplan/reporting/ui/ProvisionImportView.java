package nl.gezinsplan.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gezinsplan.reporting.ProvisionImport;
import nl.gezinsplan.reporting.CsvWriter;
import nl.gezinsplan.reporting.ImportMode;
import nl.gezinsplan.reporting.ImportProblem;
import nl.gezinsplan.reporting.ImportRefused;
import nl.gezinsplan.reporting.ImportReport;
import nl.gezinsplan.security.Role;

/**
 * Loads provision history from a CSV file of allocations (toewijzingen): the user chooses what happens when some lines
 * are bad, and sees what was read, loaded and already there before, and every bad line with its number and reason.
 */
@Route("monitor/importeren")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ProvisionImportView extends VerticalLayout implements HasDynamicTitle {

    /**
     * Larger than any municipality's provision history of a few years. The server's multipart limits
     * ({@code spring.servlet.multipart} in application.yml) are the same 50 MB.
     */
    static final int MAX_FILE_SIZE = 50 * 1024 * 1024;

    private final ProvisionImport imports;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Div result = new Div();

    public ProvisionImportView(ProvisionImport imports) {
        this.imports = imports;
        addClassName("import-view");
        mode.setLabel(getTranslation("monitor.import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("monitor.import.mode." + value.name()));
        mode.setValue(ImportMode.GOOD_LINES);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setId("import-mode");

        Upload upload = new Upload(UploadHandler.inMemory((file, content) -> load(file.fileName(), content)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setUploadButton(new Button(getTranslation("monitor.import.upload"), VaadinIcon.UPLOAD.create()));
        upload.setI18n(uploadTexts());
        upload.setId("import-upload");
        // the next file replaces the last one instead of being refused as one too many
        upload.addAllFinishedListener(event -> upload.clearFileList());
        upload.addFileRejectedListener(event -> refuse(event.getFileName(), event.getErrorMessage()));
        // a refusal by the server (over its size limit), a transfer broken off or stopped: only the browser sees
        // it, the upload handler never runs
        for (String failure : List.of("upload-error", "upload-abort")) {
            upload.getElement().addEventListener(failure, event -> refuse(
                            event.getEventData().getString("event.detail.file.name"),
                            getTranslation("monitor.import.failed")))
                    .addEventData("event.detail.file.name");
        }

        result.setId("import-result");
        result.setWidthFull();
        RouterLink back = new RouterLink(getTranslation("monitor.import.back"), MonitorView.class);
        add(back, new H1(getTranslation("monitor.import.title")), new Paragraph(getTranslation("monitor.import.intro")),
                template(), mode, upload, result);
    }

    private void load(String fileName, byte[] content) {
        try {
            show(imports.importCsv(fileName, new ByteArrayInputStream(content), mode.getValue()));
        } catch (ImportRefused refused) {
            refuse(fileName, getTranslation(refused.messageKey(), refused.arguments().toArray()));
        }
    }

    /** Why nothing of the file was read, in place of the last result; the chosen mode stays. */
    private void refuse(String fileName, String reason) {
        Paragraph message = new Paragraph(getTranslation("monitor.import.refused", fileName, reason));
        message.setId("import-error");
        message.addClassName("import-refusal");
        message.getElement().setAttribute("role", "alert");
        result.removeAll();
        result.add(message);
    }

    private void show(ImportReport report) {
        Paragraph summary = new Paragraph(getTranslation("monitor.import.summary", report.lines(), report.loaded(),
                report.alreadyLoaded(), report.problems().size()));
        summary.setId("import-summary");
        Paragraph outcome = new Paragraph(getTranslation(report.committed() ? "monitor.import.committed"
                : "monitor.import.not-committed"));
        outcome.setId("import-outcome");
        result.removeAll();
        result.add(summary, outcome);
        if (!report.problems().isEmpty()) {
            Grid<ImportProblem> problems = new Grid<>();
            problems.addColumn(ImportProblem::line).setHeader(getTranslation("monitor.import.line")).setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                    .setHeader(getTranslation("monitor.import.reason")).setFlexGrow(1);
            // fetched a page at a time as the user scrolls, however many lines are bad
            List<ImportProblem> bad = report.problems();
            problems.setItems(query -> bad.subList(query.getOffset(),
                    Math.min(bad.size(), query.getOffset() + query.getLimit())).stream(), query -> bad.size());
            problems.setHeight("28rem");
            problems.addThemeVariants(GridVariant.LUMO_COMPACT);
            problems.setId("import-problems");
            result.add(problems);
        }
    }

    /** The upload's own words (dropping, refusals) in the user's language, not the component's English. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("monitor.import.drop"))
                        .setMany(getTranslation("monitor.import.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("monitor.import.upload"))
                        .setMany(getTranslation("monitor.import.upload")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("monitor.import.too-many"))
                        .setFileIsTooBig(getTranslation("monitor.import.too-big"))
                        .setIncorrectFileType(getTranslation("monitor.import.not-csv")))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("monitor.import.failed"))
                        .setUnexpectedServerError(getTranslation("monitor.import.failed"))
                        .setForbidden(getTranslation("monitor.import.failed"))));
    }

    private Anchor template() {
        byte[] content = ProvisionImport.template().getBytes(StandardCharsets.UTF_8);
        String fileName = getTranslation("monitor.import.template-file");
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), fileName, CsvWriter.CONTENT_TYPE, content.length)), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("monitor.import.template")));
        link.setId("import-template");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitor.import.title");
    }
}
