/** What every form of every module uses for its input: bounded date pickers and the save that explains refusals. */
@NamedInterface("form")
package nl.gezinsplan.base.form;

import org.springframework.modulith.NamedInterface;
