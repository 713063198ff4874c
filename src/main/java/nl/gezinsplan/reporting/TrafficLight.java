package nl.gezinsplan.reporting;

/**
 * The council's traffic light: green meets the target, orange is close to it, red is not; none without a target, and
 * no value when there is a target but nothing to measure in the period (no light either way, but not "no target").
 */
public enum TrafficLight {
    GREEN,
    ORANGE,
    RED,
    NONE,
    NO_VALUE;

    /** A light of a colour, not a word only. */
    public boolean shines() {
        return this == GREEN || this == ORANGE || this == RED;
    }
}
