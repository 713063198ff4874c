package nl.gezinsplan.decision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;

/** The decision letters of a family, newest first, each to download as the PDF that was sent. Part of the family page. */
public class DecisionLettersPanel extends VerticalLayout {

    private final DecisionLetters letters;

    public DecisionLettersPanel(DecisionLetters letters, long familyId) {
        this.letters = letters;
        setPadding(false);
        List<DecisionLetterSummary> list = letters.lettersOf(familyId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("decision.letters.none")));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<DecisionLetterSummary> grid = new Grid<>();
        grid.addColumn(letter -> dates.format(letter.date())).setHeader(getTranslation("decision.letters.date"))
                .setAutoWidth(true);
        grid.addColumn(letter -> getTranslation("decision.kind." + letter.kind()))
                .setHeader(getTranslation("decision.letters.kind")).setAutoWidth(true);
        grid.addColumn(letter -> getTranslation("casework.law." + letter.law()))
                .setHeader(getTranslation("decision.letters.law")).setAutoWidth(true);
        grid.addColumn(DecisionLetterSummary::personName).setHeader(getTranslation("decision.letters.person"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::download).setHeader(getTranslation("decision.letters.letter")).setAutoWidth(true)
                .setKey("letter");
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("decision-letters");
        add(grid);
    }

    private Anchor download(DecisionLetterSummary letter) {
        return new DecisionLetterLink(getTranslation("decision.letters.download", letter.fileName()),
                () -> letters.download(letter.id()));
    }
}
