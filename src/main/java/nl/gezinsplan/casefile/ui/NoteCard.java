package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.casefile.CaseNote;

/** One note as staff read it: who and when, what it is about, whether the family sees it, then its text. */
class NoteCard extends Div {

    NoteCard(CaseNote note) {
        addClassName("case-note");
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("casefile.note.written-by", note.authorName(), moments.format(note.writtenAt())));
        facts.add(note.requestId() == null ? getTranslation("casefile.note.about.family")
                : getTranslation("casefile.note.about.request", note.requestId()));
        facts.add(getTranslation(note.sharedWithFamily() ? "casefile.note.shared" : "casefile.note.not-shared"));
        if (note.correctedAt() != null) {
            facts.add(getTranslation("casefile.note.corrected-at", moments.format(note.correctedAt())));
        }
        Span about = new Span(String.join(" · ", facts));
        about.addClassName("case-note-about");
        Paragraph text = new Paragraph(note.text());
        text.addClassName("case-note-text");
        add(about, text);
    }
}
