package nl.gezinsplan.reporting;

/**
 * Who is behind a number of the monitor in a period: the families of Gezinsplan's own records it counts (provisions,
 * requests, objections, answers), how many of them the caller may open, and how many of the provisions it counts are
 * imported history, which names no family.
 */
public record FamiliesBehind(Period period, long[] familyIds, long openable, long historyProvisions) {

    public long others() {
        return familyIds.length - openable;
    }
}
