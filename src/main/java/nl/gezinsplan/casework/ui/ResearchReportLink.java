package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import nl.gezinsplan.casework.ResearchReportFile;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads the written research report as it was sent. The report is fetched only when the link is
 * followed, through {@code report} (a service's access-checked, audited download); refused, the answer is 403.
 */
public class ResearchReportLink extends Anchor {

    public ResearchReportLink(String text, Supplier<ResearchReportFile> report) {
        super(DownloadHandler.fromInputStream(event -> {
            try {
                ResearchReportFile file = report.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        ResearchReportFile.CONTENT_TYPE, file.content().length);
            } catch (AccessDeniedException refused) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), text);
    }
}
