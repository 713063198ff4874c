package nl.gezinsplan.casefile;

import nl.gezinsplan.base.TextLimit;

/** How long a document's name, description and reason for withdrawal may be: the lengths of the columns. */
public final class DocumentLimits {

    public static final TextLimit FILE_NAME =
            new TextLimit("case_document", "file_name", 255, "casefile.document.field.file-name");
    public static final TextLimit DESCRIPTION =
            new TextLimit("case_document", "description", 1000, "casefile.document.field.description");
    public static final TextLimit WITHDRAWAL_REASON =
            new TextLimit("case_document", "withdrawal_reason", 1000, "casefile.document.field.withdrawal-reason");

    private DocumentLimits() {
    }
}
