package nl.gezinsplan.reporting;

import java.util.List;

/**
 * What an import did: data lines read, newly loaded, skipped because an earlier import already loaded them, the
 * bad lines, and whether anything was committed.
 */
public record ImportReport(int lines, int loaded, int alreadyLoaded, List<ImportProblem> problems, boolean committed) {}
