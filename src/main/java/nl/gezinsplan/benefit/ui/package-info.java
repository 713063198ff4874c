/** The screens of a right to income support that other modules' pages embed: its measures. */
@NamedInterface("ui")
package nl.gezinsplan.benefit.ui;

import org.springframework.modulith.NamedInterface;
