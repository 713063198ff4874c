package nl.gezinsplan.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of a running JVM by class, from {@code jcmd PID GC.class_histogram}, which runs a full garbage
 * collection first: what is left is what is still referenced.
 */
record HeapHistogram(Map<String, Long> bytesByClass, Map<String, Long> instancesByClass, long totalBytes) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        // the jcmd of the JDK that runs this benchmark and so the application
        String command = ProcessHandle.current().info().command().map(java -> Path.of(java).resolveSibling("jcmd"))
                .filter(Files::isExecutable).map(Path::toString).orElse("jcmd");
        Process jcmd = new ProcessBuilder(command, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        Map<String, Long> bytes = new HashMap<>();
        Map<String, Long> instances = new HashMap<>();
        long total = -1;
        for (String line : output.lines().toList()) {
            Matcher row = LINE.matcher(line);
            Matcher sum = TOTAL.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
            } else if (sum.find()) {
                total = Long.parseLong(sum.group(1));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in jcmd's histogram: " + output);
        }
        return new HeapHistogram(bytes, instances, total);
    }

    long instances(String className) {
        return instancesByClass.getOrDefault(className, 0L);
    }

    /** The classes whose live bytes grew most since {@code before}, largest first. */
    List<Map.Entry<String, Long>> grownSince(HeapHistogram before, int limit) {
        return bytesByClass.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        entry.getValue() - before.bytesByClass.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }
}
