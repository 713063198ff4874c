package nl.gezinsplan.plan.ui;

import java.util.Locale;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.plan.PlanFile;
import nl.gezinsplan.plan.Plans;

/**
 * A link that downloads one version of the family plan as PDF, in the reader's language, with who agreed to it when.
 * The PDF is made only when the link is followed, through the service's access-checked, audited download; refused,
 * the browser shows a page that says so. On the family page and in the portal.
 */
public class PlanPdfLink extends DownloadLink {

    public PlanPdfLink(Plans plans, long familyId, int number, Locale locale) {
        super("", () -> {
            PlanFile file = plans.pdf(familyId, number, locale);
            return new File(file.content(), file.fileName(), PlanFile.CONTENT_TYPE);
        });
        setText(getTranslation("plan.pdf.download"));
        setId("plan-pdf");
    }
}
