package nl.gezinsplan.base.form;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nl.gezinsplan.base.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.util.HtmlUtils;

/**
 * A link that downloads a file made only when the link is followed, by a service that checks (and audits) the
 * caller's right to it. Refused, the browser shows a page in the user's language that says so, with a way back,
 * instead of a bare 403: the link therefore has no download attribute (with one, the browser would only report a
 * failed download), and the file comes as an attachment, so the page stays where it is.
 */
public class DownloadLink extends Anchor {

    /** A file to download. */
    public record File(byte[] content, String fileName, String contentType) {
    }

    public DownloadLink(String text, SerializableSupplier<File> file) {
        this(text, file, false);
    }

    private DownloadLink(String text, SerializableSupplier<File> file, boolean shown) {
        super(handler(file, shown), AttachmentType.INLINE, text);
    }

    /** A link that shows the file (a PDF, an image) in a new browser tab rather than saving it. */
    public static DownloadLink shown(String text, SerializableSupplier<File> file) {
        DownloadLink link = new DownloadLink(text, file, true);
        link.setTarget(AnchorTarget.BLANK);
        return link;
    }

    private static DownloadHandler handler(SerializableSupplier<File> file, boolean shown) {
        return event -> {
            File download;
            try {
                download = file.get();
            } catch (AccessDeniedException | InvalidInput refused) {
                refusal(event);
                return;
            }
            event.setFileName(download.fileName());
            if (shown) {
                event.getResponse().setHeader("Content-Disposition", ContentDisposition.inline()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString());
            }
            event.setContentType(download.contentType());
            event.setContentLength(download.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(download.content());
            }
        };
    }

    /** Status 403 with a page of its own; "back" returns to the screen the link was on. */
    private static void refusal(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        String title = HtmlUtils.htmlEscape(ui.getTranslation("download.refused.title"));
        byte[] page = ("<!DOCTYPE html><html lang=\"" + ui.getLocale().getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem\">"
                + "<main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(ui.getTranslation("download.refused.text"))
                + "</p><p><a href=\"" + HtmlUtils.htmlEscape(event.getRequest().getContextPath()) + "/\""
                + " onclick=\"if (history.length > 1) { history.back(); return false; }\">"
                + HtmlUtils.htmlEscape(ui.getTranslation("download.refused.back")) + "</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        event.getResponse().setStatus(403);
        event.setContentType("text/html; charset=utf-8");
        event.setContentLength(page.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(page);
        }
    }
}
