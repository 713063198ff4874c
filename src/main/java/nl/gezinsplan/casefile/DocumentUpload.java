package nl.gezinsplan.casefile;

/**
 * A document as a consultant uploads it to the family's case file.
 *
 * @param requestId        the family's request it belongs to, or null for the family as a whole
 * @param sharedWithFamily whether the family sees it in the portal (for a request's document: the members who see
 *                         that request's member)
 */
public record DocumentUpload(long familyId, Long requestId, DocumentKind kind, String description,
                             boolean sharedWithFamily, String fileName, byte[] content) {
}
