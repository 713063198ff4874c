/** Components of the plan module that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.plan.ui;

import org.springframework.modulith.NamedInterface;
