package nl.gezinsplan.mail;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

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
        return compose(to, List.of(language), kind, path, args);
    }

    /** The mail in Dutch and then in English, for someone whose language Gezinsplan does not know yet. */
    public Mail composeInDutchAndEnglish(String to, String kind, String path, Object... args) {
        return compose(to, List.of(DUTCH, Locale.ENGLISH), kind, path, args);
    }

    private Mail compose(String to, List<Locale> languages, String kind, String path, Object... args) {
        String link = baseUrl + "/" + path.replaceFirst("^/+", "");
        String subject = languages.stream().map(language -> text("mail." + kind + ".subject", language))
                .collect(Collectors.joining(" / "));
        String text = languages.stream()
                .map(language -> text("mail." + kind + ".body", language, args) + "\n\n" + link + "\n\n"
                        + text("mail.footer", language) + "\n")
                .collect(Collectors.joining("\n----\n\n"));
        String html = """
                <!DOCTYPE html><html lang="%s"><body style="font-family:sans-serif;font-size:16px;line-height:1.5">\
                %s</body></html>"""
                .formatted(languages.get(0).getLanguage(), languages.stream()
                        .map(language -> """
                                <div lang="%s"><p>%s</p><p><a href="%s">%s</a></p><p style="color:#555">%s</p></div>"""
                                .formatted(language.getLanguage(),
                                        html(text("mail." + kind + ".body", language, args)), html(link), html(link),
                                        html(text("mail.footer", language))))
                        .collect(Collectors.joining("<hr>")));
        return new Mail(to, subject, text, html);
    }

    private String text(String key, Locale language, Object... args) {
        return texts.getMessage(key, args, language);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text).replace("\n", "<br>");
    }
}
