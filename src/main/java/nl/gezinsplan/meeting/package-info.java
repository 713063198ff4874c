/** The reports of meetings and perspective talks. */
@OwnedTables({"meeting"})
@PublishedViews({"meeting_perspective_talk_facts"})
package nl.gezinsplan.meeting;

import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
