package nl.gezinsplan.reporting;

/** The council's traffic light: green meets the target, orange is close to it, red is not; none without a target. */
public enum TrafficLight {
    GREEN,
    ORANGE,
    RED,
    NONE
}
