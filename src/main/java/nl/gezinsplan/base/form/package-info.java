/**
 * What every form and list of every module uses: bounded date pickers, the save that explains refusals, downloads, the
 * columns a grid shows on a phone, and content built when first shown.
 */
@NamedInterface("form")
package nl.gezinsplan.base.form;

import org.springframework.modulith.NamedInterface;
