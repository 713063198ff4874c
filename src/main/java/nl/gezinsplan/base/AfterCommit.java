package nl.gezinsplan.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How a module reacts to another module's event: once the publishing transaction has committed, in a transaction of
 * its own, on the same thread (so a user sees the reaction as soon as the step is done). A failing reaction cannot
 * undo the step; the event publication registry (table event_publication) keeps the event until its reaction
 * succeeds, and {@link UnfinishedEvents} offers it again. Reactions must therefore be safe to run twice.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
public @interface AfterCommit {

    /**
     * Which events the reaction is for, when not every event of its type (SpEL on the event, as the parameter's
     * name): the others are not kept in the registry, nor offered, so a reaction to few of many events costs the rest
     * nothing.
     */
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
    String condition() default "";
}
