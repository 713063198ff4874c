package nl.gezinsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** What the user reads when a failure reaches Vaadin instead of a form: that nothing was lost, or the refusal. */
class UnexpectedErrorsTest extends ViewTest {

    @Test
    void aFailureNobodyForesawSaysNothingWasLost() {
        loginAs("anna");
        navigate("werk");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new DataIntegrityViolationException("value too long for type varchar(200)")));

        assertThat(texts()).singleElement().asString()
                .startsWith("Opslaan is niet gelukt door een fout aan onze kant. Er is niets verloren");
    }

    @Test
    void aRefusalAFormForgotToCatchIsShownAsTheRefusal() {
        loginAs("anna");
        navigate("werk");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new InvalidInput("input.date.unreadable")));

        assertThat(texts()).singleElement().asString().startsWith("Deze datum bestaat niet of is onleesbaar.");
    }

    @Test
    void aRightTheUserLacksIsShownAsARefusalNotOnlyInTheLog() {
        loginAs("anna");
        navigate("werk");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new AccessDeniedException("No access to family 1")));

        assertThat(texts()).singleElement().asString().startsWith("U mag dit niet doen.");
    }

    @Test
    void aChangeAColleagueSavedFirstIsShownAsSuch() {
        loginAs("anna");
        navigate("werk");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new OptimisticLockingFailureException("version 3 expected")));

        assertThat(texts()).singleElement().asString().startsWith("Iemand anders heeft dit net veranderd.");
    }

    @Test
    void vaadinsOwnTroubleWithTheConnectionTellsTheUserNothing() {
        loginAs("anna");
        navigate("werk");
        var resent = new UnsupportedOperationException("Unexpected message id from the client. Expected 6, got 5.");
        resent.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.vaadin.flow.server.communication.ServerRpcHandler", "handleRpc", "ServerRpcHandler.java", 365)});

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(resent));

        assertThat(texts()).isEmpty();
    }

    /** A browser gone while its answer was written, seen through our filters around Vaadin (ClusterIT, a node). */
    @Test
    void aClientGoneWhileTheAnswerIsWrittenTellsTheUserNothingThoughOurFiltersAreAroundIt() {
        loginAs("anna");
        navigate("werk");
        var gone = new java.io.IOException("Broken pipe");
        gone.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.apache.catalina.connector.OutputBuffer", "realWriteBytes", "OutputBuffer.java",
                    340),
            new StackTraceElement("com.vaadin.flow.server.VaadinService", "handleRequest", "VaadinService.java", 1880),
            new StackTraceElement("nl.gezinsplan.base.ui.ServerTimeLog", "doFilter", "ServerTimeLog.java", 60)});

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(gone));

        assertThat(texts()).isEmpty();
    }

    private static java.util.List<String> texts() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement).map(element -> element.getProperty("text", "")).toList();
    }
}
