/**
 * E-mail: what the application sends goes into an outbox in the database, in the transaction of what caused it, and a
 * job sends it from there over SMTP.
 */
@OwnedTables({"mail_outbox"})
package nl.gezinsplan.mail;

import nl.gezinsplan.base.OwnedTables;
