package dev.gazette.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the window takes to come up, for benchmarks: with {@code -Dgazette.ui.startupLog=true}
 * each step of the start prints a line with the wall-clock time since the JVM started, the
 * processor time used so far, and the epoch time (so a script that noted when it launched the
 * process can count the launcher too). The lines are printed when the first frame is on screen,
 * not at each step, so printing does not slow the start it measures.
 *
 * <p>{@code -Dgazette.ui.exitAfter=frame} closes the window normally once its first frame is
 * drawn, {@code filled} once the list and sidebar are filled and drawn too: benchmarks repeat cold
 * starts with it, and the app image's build uses it for the class-data-sharing training run.
 * Thread-safe.
 */
final class StartupLog {

    /** System property that turns the log on. */
    static final String PROPERTY = "gazette.ui.startupLog";
    /** System property: {@code frame} or {@code filled}, to exit after that point (see above). */
    static final String EXIT_PROPERTY = "gazette.ui.exitAfter";

    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final List<String> PENDING = new ArrayList<>();
    private static boolean flushed;

    private StartupLog() {
    }

    static boolean enabled() {
        return ON;
    }

    /** Notes that this step is done. */
    static void mark(String step) {
        if (!ON) {
            return;
        }
        long epoch = System.currentTimeMillis();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        synchronized (PENDING) {
            PENDING.add(step + "\t" + epoch + "\t" + cpu);
            if (flushed) {
                flush();
            }
        }
    }

    /** Prints every step noted so far and, from now on, each step as it is noted. */
    static void flush() {
        if (!ON) {
            return;
        }
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        synchronized (PENDING) {
            flushed = true;
            for (String line : PENDING) {
                String[] f = line.split("\t");
                long epoch = Long.parseLong(f[1]);
                System.out.printf(Locale.ROOT, "gazette: %-14s %6d ms after JVM start, cpu %6s ms, epoch %d%n",
                        f[0], epoch - jvmStart, f[2], epoch);
            }
            PENDING.clear();
        }
    }

    /** True when {@link #EXIT_PROPERTY} asks to exit after this point. */
    static boolean exitAfter(String point) {
        return point.equalsIgnoreCase(System.getProperty(EXIT_PROPERTY, ""));
    }
}
