package nl.gezinsplan.reporting;

import java.util.List;

/** A line of an import file that was not loaded, with the reason as a message key of the reporting bundle. */
public record ImportProblem(int line, String messageKey, List<String> arguments) {}
