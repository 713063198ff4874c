package nl.gezinsplan.workflow;

/**
 * Published when the provision route ends care: the reason is an {@link OutflowReason} after the evaluation meeting,
 * or {@link #STOPPED_NOT_WORKING} when the check meeting stopped help that does not work.
 */
public record CareEnded(long provisionId, long familyId, long personId, String reason) {

    public static final String STOPPED_NOT_WORKING = "STOPPED_NOT_WORKING";
}
