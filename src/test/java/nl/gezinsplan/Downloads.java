package nl.gezinsplan;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** Follows a download link as the browser would: through the session's registry to the link's download handler. */
public final class Downloads {

    private Downloads() {
    }

    public static FakeResponse fetch(Anchor link) {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource =
                (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                        .getResource(URI.create(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        try {
            resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                    new VaadinServletResponse(response, service), session, resource.getOwner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }
}
