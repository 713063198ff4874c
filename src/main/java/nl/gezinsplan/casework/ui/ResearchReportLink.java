package nl.gezinsplan.casework.ui;

import com.vaadin.flow.function.SerializableSupplier;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.casework.ResearchReportFile;

/**
 * A link that downloads the written research report as it was sent. The report is fetched only when the link is
 * followed, through {@code report} (a service's access-checked, audited download); refused, the browser shows a page
 * that says so.
 */
public class ResearchReportLink extends DownloadLink {

    public ResearchReportLink(String text, SerializableSupplier<ResearchReportFile> report) {
        super(text, () -> {
            ResearchReportFile file = report.get();
            return new File(file.content(), file.fileName(), ResearchReportFile.CONTENT_TYPE);
        });
    }
}
