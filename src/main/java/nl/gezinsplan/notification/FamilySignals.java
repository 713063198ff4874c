package nl.gezinsplan.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.casefile.DocumentUploaded;
import nl.gezinsplan.family.FamilyFacts;
import nl.gezinsplan.plan.PlanAgreed;
import nl.gezinsplan.portal.CareNotDelivered;
import nl.gezinsplan.portal.QuestionAsked;
import nl.gezinsplan.workflow.RequestRoute;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a family does in the portal, told to the staff who work with it: a question or remark, a document, a report
 * that care was not delivered (to the contact person), and consent to the plan (to the contact person and whoever has
 * the task asking the family for it). Nobody is told what they did themselves. Each reaction runs after the family's
 * step committed and is safe to run twice, as {@link Notifications#notify} tells each thing once.
 */
@Component
class FamilySignals {

    private final Notifications notifications;
    private final FamilyFacts families;
    private final RequestRoute requestRoute;

    FamilySignals(Notifications notifications, FamilyFacts families, RequestRoute requestRoute) {
        this.notifications = notifications;
        this.families = families;
        this.requestRoute = requestRoute;
    }

    @AfterCommit
    void questionAsked(QuestionAsked asked) {
        toContactPerson(NotificationKind.FAMILY_MESSAGE, asked.familyId(), FamilyLinks.QUESTIONS,
                "question-" + asked.questionId());
    }

    @AfterCommit
    void documentUploaded(DocumentUploaded uploaded) {
        toContactPerson(NotificationKind.DOCUMENT_UPLOADED, uploaded.familyId(), FamilyLinks.DOCUMENTS,
                "document-" + uploaded.documentId());
    }

    @AfterCommit
    void careNotDelivered(CareNotDelivered report) {
        toContactPerson(NotificationKind.CARE_NOT_DELIVERED, report.familyId(), FamilyLinks.CARE,
                FamilyLinks.careReport(report.provisionId(), report.month()));
    }

    /**
     * Runs before the route goes on with the consent (which ends the task asking for it), so that whoever has that
     * task is still found. Offered again later, the task is gone: then only the contact person is told.
     */
    @AfterCommit
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void planAgreed(PlanAgreed agreed) {
        Set<String> told = new LinkedHashSet<>();
        families.contactPerson(agreed.familyId()).ifPresent(told::add);
        told.addAll(requestRoute.consentAskedBy(agreed.familyId()));
        String about = families.name(agreed.familyId());
        told.stream()
                .filter(username -> !username.equalsIgnoreCase(agreed.recordedBy()))
                .forEach(username -> notifications.notify(new Notice(username, NotificationKind.PLAN_AGREED, about,
                        FamilyLinks.of(agreed.familyId(), FamilyLinks.PLAN), agreed.familyId(),
                        "plan-" + agreed.familyId() + "-" + agreed.planNumber())));
    }

    private void toContactPerson(NotificationKind kind, long familyId, String tab, String itemKey) {
        families.contactPerson(familyId).ifPresent(username -> notifications.notify(new Notice(username, kind,
                families.name(familyId), FamilyLinks.of(familyId, tab), familyId, itemKey)));
    }
}
