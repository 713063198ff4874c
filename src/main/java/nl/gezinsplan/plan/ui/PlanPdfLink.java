package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import nl.gezinsplan.plan.PlanFile;
import nl.gezinsplan.plan.Plans;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads one version of the family plan as PDF, in the reader's language, with who agreed to it when.
 * The PDF is made only when the link is followed, through the service's access-checked, audited download; refused,
 * the answer is 403. On the family page and in the portal.
 */
public class PlanPdfLink extends Anchor {

    public PlanPdfLink(Plans plans, long familyId, int number, Locale locale) {
        super(DownloadHandler.fromInputStream(event -> {
            try {
                PlanFile file = plans.pdf(familyId, number, locale);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        PlanFile.CONTENT_TYPE, file.content().length);
            } catch (AccessDeniedException refused) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), "");
        setText(getTranslation("plan.pdf.download"));
        setId("plan-pdf");
    }
}
