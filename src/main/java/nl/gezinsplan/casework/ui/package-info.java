/** Components of the casework module that other modules' pages embed. */
@NamedInterface("ui")
package nl.gezinsplan.casework.ui;

import org.springframework.modulith.NamedInterface;
