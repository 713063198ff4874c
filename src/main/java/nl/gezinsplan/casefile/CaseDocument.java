package nl.gezinsplan.casefile;

import java.time.Instant;

/**
 * A document of the case file as a list shows it, without its content.
 *
 * @param requestId  the request it belongs to, or null
 * @param personId   the member whose own item it is, or null for the family as a whole
 * @param fromFamily uploaded by a family member in the portal
 * @param withdrawn  when it was withdrawn, or null; a withdrawn document stays on record
 * @param uploaderName  the name of who uploaded it: the colleague, or the family member
 * @param withdrawerName the name of the colleague who withdrew it, or null
 */
public record CaseDocument(long id, long familyId, Long requestId, Long personId, DocumentKind kind,
                           String description, String fileName, String mediaType, long sizeBytes, String sha256,
                           boolean sharedWithFamily, boolean fromFamily, String uploadedBy, Instant uploadedAt,
                           String withdrawnBy, Instant withdrawn, String withdrawalReason, String uploaderName,
                           String withdrawerName) {

    CaseDocument named(String uploader, String withdrawer) {
        return new CaseDocument(id, familyId, requestId, personId, kind, description, fileName, mediaType, sizeBytes,
                sha256, sharedWithFamily, fromFamily, uploadedBy, uploadedAt, withdrawnBy, withdrawn, withdrawalReason,
                uploader, withdrawer);
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    public boolean previewable() {
        return DocumentTypes.previewable(mediaType);
    }
}
