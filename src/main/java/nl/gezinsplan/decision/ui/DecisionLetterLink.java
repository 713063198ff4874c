package nl.gezinsplan.decision.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import nl.gezinsplan.decision.DecisionLetterFile;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads a decision letter as the PDF that was sent. The letter is fetched only when the link is
 * followed, through {@code letter} (a service's access-checked, audited download); refused, the answer is 403.
 */
public class DecisionLetterLink extends Anchor {

    public DecisionLetterLink(String text, Supplier<DecisionLetterFile> letter) {
        super(DownloadHandler.fromInputStream(event -> {
            try {
                DecisionLetterFile file = letter.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        DecisionLetterFile.CONTENT_TYPE, file.content().length);
            } catch (AccessDeniedException refused) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), text);
    }
}
