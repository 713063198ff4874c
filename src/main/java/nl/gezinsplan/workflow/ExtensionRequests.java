package nl.gezinsplan.workflow;

import nl.gezinsplan.workflow.dates.EngineDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An extension is legally a new application: when an evaluation meeting asks for one, a new request starts for the
 * same person and law, through triage and approval again, marked as an extension.
 */
@Component
class ExtensionRequests {

    private final RequestRoute requests;

    ExtensionRequests(RequestRoute requests) {
        this.requests = requests;
    }

    @EventListener
    void reenterTheRoute(ExtensionRequested extension) {
        requests.start(new NewRequest(extension.familyId(), extension.personId(), extension.law(),
                Referrer.ACCESS_TEAM, Urgency.NORMAL, EngineDates.today(), true));
    }
}
