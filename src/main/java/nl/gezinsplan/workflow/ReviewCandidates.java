package nl.gezinsplan.workflow;

import java.util.List;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Offers a four-eyes review to the members of the proposal's team by name, leaving out the proposer, rather than to
 * the team as a group: then the engine's own candidate query never lists the proposal to its proposer, so inboxes
 * page and count exactly. The members are those of the moment the review starts; a later newcomer does not see it.
 * {@link FourEyesRule} still refuses the proposer whoever assigns the task.
 */
@Component
class ReviewCandidates implements TaskListener {

    private final UserDirectory directory;

    ReviewCandidates(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        String team = (String) task.getVariable("team");
        String proposer = (String) task.getVariable("proposer");
        List<String> reviewers = directory.findUsers(UserFilter.group(team), 0, Integer.MAX_VALUE).stream()
                .map(DirectoryUser::username)
                .filter(member -> !member.equalsIgnoreCase(proposer))
                .toList();
        task.addCandidateUsers(reviewers);
    }
}
