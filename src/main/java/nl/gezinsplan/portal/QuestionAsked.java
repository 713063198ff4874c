package nl.gezinsplan.portal;

/** A family member sent a question or remark to the contact person in the portal ({@link Questions#send}). */
public record QuestionAsked(long familyId, long personId, long questionId) {
}
