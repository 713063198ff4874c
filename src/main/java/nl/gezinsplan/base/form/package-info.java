/**
 * What every form and list of every module uses: bounded date pickers, the save that explains refusals, downloads, and
 * the columns a grid shows on a phone.
 */
@NamedInterface("form")
package nl.gezinsplan.base.form;

import org.springframework.modulith.NamedInterface;
