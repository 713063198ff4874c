package nl.gezinsplan.workflow;

import nl.gezinsplan.casework.ApprovalLevel;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Offers a four-eyes review by name to the members of the proposal's team whom the request's four-eyes rule lets
 * review it ({@link RequestSteps#judgesAmong}: never the proposer), rather than to the team as a group: then the engine's
 * own candidate query never lists the proposal to its proposer, so inboxes page and count exactly. The members are
 * those of the moment the review starts; a later newcomer does not see it. {@link FourEyesRule} still asks the rule
 * about whoever is assigned the task.
 */
@Component
class ReviewCandidates implements TaskListener {

    private final UserDirectory directory;
    private final RequestSteps steps;

    ReviewCandidates(UserDirectory directory, RequestSteps steps) {
        this.directory = directory;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long requestId = ((Number) task.getVariable("requestId")).longValue();
        String team = (String) task.getVariable("team");
        task.addCandidateUsers(steps.judgesAmong(requestId,
                directory.findUsers(UserFilter.group(team), 0, Integer.MAX_VALUE), ApprovalLevel.FOUR_EYES));
    }
}
