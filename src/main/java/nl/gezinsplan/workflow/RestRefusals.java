package nl.gezinsplan.workflow;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import nl.gezinsplan.base.InvalidInput;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws, so the REST API would answer a refusal of {@link FourEyesRule}
 * or of a route's rule with 500. These mappers, preferred over Camunda's own, answer 403 when an authorization
 * failure is the cause and 400, with the refusal's message key, when the input was refused.
 */
@Component
class RestRefusals implements ResourceConfigCustomizer {

    private static final int BEFORE_CAMUNDAS_MAPPERS = 1;

    @Override
    public void customize(ResourceConfig config) {
        config.register(new RestRefusal(), BEFORE_CAMUNDAS_MAPPERS);
        config.register(new EngineRefusal(), BEFORE_CAMUNDAS_MAPPERS);
    }

    static class RestRefusal implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            return refusal(e).orElseGet(() -> new RestExceptionHandler().toResponse(e));
        }
    }

    static class EngineRefusal implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            return refusal(e).orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(e));
        }
    }

    private static Optional<Response> refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException refused) {
                return Optional.of(Response.status(Response.Status.FORBIDDEN)
                        .entity(ExceptionDto.fromException(refused))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .build());
            }
            if (cause instanceof InvalidInput invalid) {
                return Optional.of(Response.status(Response.Status.BAD_REQUEST)
                        .entity(ExceptionDto.fromException(invalid))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .build());
            }
        }
        return Optional.empty();
    }
}
