package nl.gezinsplan.casefile;

/** A document's content to download or show, as uploaded, with the type detected from its content. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {

    /** Whether a browser shows it itself: a PDF or an image of a kind every browser draws. */
    public boolean previewable() {
        return DocumentTypes.previewable(mediaType);
    }
}
