package nl.gezinsplan.casefile;

/** A family member sent a document in the portal ({@link CaseDocuments#uploadByMember}). */
public record DocumentUploaded(long familyId, long personId, long documentId) {
}
