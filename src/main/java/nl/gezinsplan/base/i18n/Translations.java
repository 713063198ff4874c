package nl.gezinsplan.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /**
     * English with British formats: "6 Dec 2026" and "€14,976.00" beside each other, as plain {@code en} would write
     * the date the American way ("Dec 6, 2026").
     */
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> LANGUAGES = List.of(DUTCH, ENGLISH);

    /** The language we speak for a language tag ("en", "en-GB", "nl"), if we speak it. */
    public static Optional<Locale> supported(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return LANGUAGES.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

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
