package nl.gezinsplan.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read models a module publishes: views of the migrations over its own tables that other modules may read in SQL
 * (the monitor's). The module owns them as it owns its {@link OwnedTables}, and changes them only with a migration
 * that keeps their columns for their readers. Kept in the sources only, as {@link OwnedTables}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface PublishedViews {

    String[] value();
}
