/** Components of the objection module that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.objection.ui;

import org.springframework.modulith.NamedInterface;
