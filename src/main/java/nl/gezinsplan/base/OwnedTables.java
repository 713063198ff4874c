package nl.gezinsplan.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables and views of the migrations that a module owns, declared on the module's package-info. Only the owner's
 * SQL names them; other modules call the owner's public query methods or read a view the owner publishes
 * ({@code TableOwnershipTest}, which reads the declarations from the sources). Kept in the sources only, so that the
 * declaration is no dependency of the module on {@code base} (security, which {@code base} uses, declares too).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface OwnedTables {

    String[] value();
}
