package nl.gezinsplan.workflow.review;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The residential review's settings from gezinsplan.workflow.residential-review. A bean, because a timer start event
 * has no process variables to read: its cycle expression can only call beans.
 */
@Component("residentialReviewSettings")
public class ResidentialReviewSettings {

    private final String cycle;
    private final Period window;

    ResidentialReviewSettings(@Value("${gezinsplan.workflow.residential-review.cycle:0 0 6 1 * ?}") String cycle,
                              @Value("${gezinsplan.workflow.residential-review.window:P3M}") Period window) {
        this.cycle = cycle;
        this.window = window;
    }

    public String getCycle() {
        return cycle;
    }

    public Period getWindow() {
        return window;
    }
}
