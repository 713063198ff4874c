package nl.gezinsplan.decision.ui;

import com.vaadin.flow.function.SerializableSupplier;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.decision.DecisionLetterFile;

/**
 * A link that downloads a decision letter as the PDF that was sent. The letter is fetched only when the link is
 * followed, through {@code letter} (a service's access-checked, audited download); refused, the browser shows a page
 * that says so.
 */
public class DecisionLetterLink extends DownloadLink {

    public DecisionLetterLink(String text, SerializableSupplier<DecisionLetterFile> letter) {
        super(text, () -> {
            DecisionLetterFile file = letter.get();
            return new File(file.content(), file.fileName(), DecisionLetterFile.CONTENT_TYPE);
        });
    }
}
