/** What every module uses: the app shell, input rules, events after commit (the event publication registry). */
@OwnedTables({"event_publication"})
package nl.gezinsplan.base;
