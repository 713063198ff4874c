/** Components of the decision module that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.decision.ui;

import org.springframework.modulith.NamedInterface;
