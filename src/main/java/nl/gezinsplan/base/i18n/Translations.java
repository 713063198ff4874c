package nl.gezinsplan.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every text a user reads, from the message bundles {@code i18n/<module>.properties} listed in
 * {@code spring.messages.basename}: Dutch first, then English.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(DUTCH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? DUTCH : locale);
        } catch (NoSuchMessageException e) {
            log.warn("No text for key '{}' in {}", key, locale);
            return "!" + key;
        }
    }
}
