package dev.gazette.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold starts of the window, repeated: launches the given command (the app image's launcher, or
 * {@code java -jar …}) again and again as a new process with {@code -Dgazette.ui.startupLog=true
 * -Dgazette.ui.exitAfter=frame} added to {@code JAVA_TOOL_OPTIONS}, reads the start-up log the
 * window prints, and reports for each step the median and range of the time from launching the
 * process (so the native launcher and JVM start count too), and of the processor time the process
 * used up to that step. Needs a display: run it under {@code xvfb-run}. Prints the load average
 * before and after, since the build machine is shared.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1400x900x24" mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.ColdStart \
 *     -Dexec.args="7 -Dprism.order=sw -- target/dist/Gazette/bin/Gazette --library /tmp/big-100k-copy"
 * </pre>
 *
 * Arguments: the number of runs, JVM options for every run (before {@code --}), then the command.
 * {@code -Dgazette.ui.exitAfter=filled} among the options times the filled window instead.
 */
public final class ColdStart {

    private static final Pattern LINE = Pattern.compile(
            "gazette: (.+?)\\s+(-?\\d+) ms after JVM start, cpu\\s+(-?\\d+) ms, epoch (\\d+)");

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int dash = Arrays.asList(args).indexOf("--");
        List<String> options = new ArrayList<>(Arrays.asList(args).subList(1, dash));
        List<String> command = Arrays.asList(args).subList(dash + 1, args.length);
        boolean exitGiven = options.stream().anyMatch(o -> o.startsWith("-Dgazette.ui.exitAfter="));
        options.add(0, "-Dgazette.ui.startupLog=true");
        if (!exitGiven) {
            options.add("-Dgazette.ui.exitAfter=frame");
        }
        System.out.printf("command: %s%noptions: %s%nload before: %s%n", String.join(" ", command),
                String.join(" ", options), loadAverage());
        Map<String, List<long[]>> steps = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            String inherited = System.getenv("JAVA_TOOL_OPTIONS");
            pb.environment().put("JAVA_TOOL_OPTIONS", (inherited == null ? "" : inherited + " ") + String.join(" ", options));
            long spawned = System.currentTimeMillis();
            Process p = pb.start();
            StringBuilder line = new StringBuilder("run " + run + ":");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String s;
                while ((s = in.readLine()) != null) {
                    Matcher m = LINE.matcher(s);
                    if (m.find()) {
                        long fromSpawn = Long.parseLong(m.group(4)) - spawned;
                        long cpu = Long.parseLong(m.group(3));
                        steps.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new long[]{fromSpawn, cpu});
                        line.append(String.format(Locale.ROOT, " %s %d", m.group(1), fromSpawn));
                    } else if ((s.contains("Exception") || s.contains("Error")) && !s.contains("Gdk-WARNING")) {
                        System.out.println("  | " + s);
                    }
                }
            }
            int exit = p.waitFor();
            System.out.println(line + (exit == 0 ? "" : " (exit " + exit + ")"));
        }
        System.out.printf("load after: %s%n%-16s %28s %28s%n", loadAverage(), "step (ms)", "from launch: median [range]",
                "cpu used: median [range]");
        steps.forEach((step, values) -> System.out.printf(Locale.ROOT, "%-16s %28s %28s   (%d runs)%n", step,
                summary(values, 0), summary(values, 1), values.size()));
    }

    private static String summary(List<long[]> values, int column) {
        long[] v = values.stream().mapToLong(a -> a[column]).sorted().toArray();
        long median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format(Locale.ROOT, "%d [%d–%d]", median, v[0], v[v.length - 1]);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
