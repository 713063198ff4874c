/** The routes on the process engine, and the inbox of the engine's tasks. */
@OwnedTables({"open_task_candidate"})
package nl.gezinsplan.workflow;

import nl.gezinsplan.base.OwnedTables;
