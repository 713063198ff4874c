package nl.gezinsplan.mail;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a mail from the bundles, in the recipient's language: {@code mail.<kind>.subject} and {@code
 * mail.<kind>.body} (a few plain sentences that say there is something, never what), then the link to it.
 */
@Component
public class MailComposer {

    private final MessageSource texts;
    private final String baseUrl;

    MailComposer(MessageSource texts, @Value("${gezinsplan.portal.base-url}") String baseUrl) {
        this.texts = texts;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * @param path where the link goes, relative to the application's address (for example {@code portaal/vragen})
     * @param args the body's arguments (a first name, a date): never case content
     */
    public Mail compose(String to, Locale language, String kind, String path, Object... args) {
        String subject = texts.getMessage("mail." + kind + ".subject", null, language);
        String body = texts.getMessage("mail." + kind + ".body", args, language);
        String link = baseUrl + "/" + path.replaceFirst("^/+", "");
        String footer = texts.getMessage("mail.footer", null, language);
        String text = body + "\n\n" + link + "\n\n" + footer + "\n";
        String html = """
                <!DOCTYPE html><html lang="%s"><body style="font-family:sans-serif;font-size:16px;line-height:1.5">\
                <p>%s</p><p><a href="%s">%s</a></p><p style="color:#555">%s</p></body></html>"""
                .formatted(language.getLanguage(), HtmlUtils.htmlEscape(body).replace("\n", "<br>"),
                        HtmlUtils.htmlEscape(link), HtmlUtils.htmlEscape(link), HtmlUtils.htmlEscape(footer));
        return new Mail(to, subject, text, html);
    }
}
