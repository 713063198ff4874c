package nl.gezinsplan.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * A screen built anew when what it shows changed ({@link LiveUpdates}), unless the user has typed or chosen something in
 * it since it was last built or since it last sent what was typed ({@link #rebuilt}): then it keeps their input and
 * says, at its top, that something changed, with a button to build it anew. A screen that lists only (the inbox)
 * refreshes its list instead and needs none of this.
 */
public final class LiveScreen {

    /**
     * At most one message to the server in this time while the user types, not one per key; the server may not know
     * the text itself yet (a field sends its value when the user leaves it), so it goes by these messages.
     */
    private static final int TYPING_MESSAGE_EVERY_MILLIS = 2_000;

    private final HasOrderedComponents screen;
    private final Runnable rebuild;
    private final Registration listening;
    private boolean edited;
    private Component notice;

    private <S extends Component & HasOrderedComponents> LiveScreen(LiveUpdates live, S screen, String topic,
                                                                    Runnable rebuild) {
        this.screen = screen;
        this.rebuild = rebuild;
        // input and change events bubble up from every field inside the screen to its own element
        for (String event : new String[] {"input", "change"}) {
            screen.getElement().addEventListener(event, typed -> edited = true)
                    .throttle(TYPING_MESSAGE_EVERY_MILLIS);
        }
        listening = live.listen(screen, topic, this::changed);
    }

    /** Builds {@code screen} anew with {@code rebuild} whenever {@code topic} changes, as far as the user lets it. */
    public static <S extends Component & HasOrderedComponents> LiveScreen listen(LiveUpdates live, S screen,
                                                                                 String topic, Runnable rebuild) {
        return new LiveScreen(live, screen, topic, rebuild);
    }

    /** Says that the screen was built anew by other means, or sent and cleared what was typed: nothing is left. */
    public void rebuilt() {
        edited = false;
        notice = null;
    }

    /** Stops listening: the screen shows something else now (another family). */
    public void stop() {
        listening.remove();
    }

    private void changed() {
        if (!edited) {
            rebuild.run();
            rebuilt();
        } else if (notice == null || notice.getParent().isEmpty()) {
            Button refresh = new Button();
            refresh.setText(refresh.getTranslation("live.refresh"));
            refresh.addClickListener(click -> {
                rebuild.run();
                rebuilt();
            });
            refresh.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Span text = new Span(refresh.getTranslation("live.changed"));
            Div bar = new Div(text, refresh);
            bar.addClassName("live-changed");
            bar.getElement().setAttribute("role", "status");
            notice = bar;
            screen.addComponentAsFirst(bar);
        }
    }
}
