/** What the modules' PDF documents share: the fonts and the flow of text down A4 pages. */
@NamedInterface("pdf")
package nl.gezinsplan.base.pdf;

import org.springframework.modulith.NamedInterface;
