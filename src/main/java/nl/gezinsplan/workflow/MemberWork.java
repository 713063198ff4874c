package nl.gezinsplan.workflow;

import nl.gezinsplan.security.DirectoryUser;

/** A member of a team and how many open tasks are assigned to them. */
public record MemberWork(DirectoryUser member, long openTasks) {
}
