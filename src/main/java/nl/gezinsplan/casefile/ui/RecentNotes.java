package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.gezinsplan.casefile.CaseNote;
import nl.gezinsplan.casefile.CaseNotes;

/**
 * The latest notes of a family or of a request, to read beside a task; writing and searching them is the family
 * page's {@link CaseNotesPanel}.
 */
public class RecentNotes extends VerticalLayout {

    static final int LATEST = 5;

    private RecentNotes(List<CaseNote> latest) {
        setPadding(false);
        setSpacing(false);
        addClassName("recent-notes");
        add(new H3(getTranslation("casefile.recent.title")));
        if (latest.isEmpty()) {
            add(new Paragraph(getTranslation("casefile.recent.none")));
        }
        latest.forEach(note -> add(new NoteCard(note)));
    }

    public static RecentNotes ofFamily(CaseNotes notes, long familyId) {
        return new RecentNotes(notes.ofFamily(familyId, null, 0, LATEST));
    }

    public static RecentNotes ofRequest(CaseNotes notes, long requestId) {
        return new RecentNotes(notes.recentOfRequest(requestId, LATEST));
    }
}
