package nl.gezinsplan.reporting;

import java.util.List;

/**
 * A line of an import file that was not loaded, with the reason as a message key of the reporting bundle; an argument
 * may be a text of its own (the shared input rules' refusal), said in the same language.
 */
public record ImportProblem(int line, String messageKey, List<Object> arguments) {}
