package nl.gezinsplan.casefile;

import nl.gezinsplan.base.TextLimit;

/** How long the texts of the case file may be: the lengths of the columns. */
public final class CaseFileLimits {

    public static final TextLimit NOTE = new TextLimit("case_note", "text", 4000, "casefile.note.text");

    private CaseFileLimits() {
    }
}
