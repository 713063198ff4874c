package nl.gezinsplan.base.i18n;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Nederlands / English, each written in its own language so anyone finds their way back. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(Locale current) {
        setItems(Translations.LANGUAGES);
        setItemLabelGenerator(language -> language.getDisplayLanguage(language));
        setValue(current);
        setAriaLabel("Taal / Language");
        addClassName("language-select");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguagePreference.choose(event.getValue());
            }
        });
    }
}
