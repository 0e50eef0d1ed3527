package dev.gleaner.app;

import java.time.Duration;

/**
 * Start-up timing for the cold-start benchmark. With {@code -Dgleaner.startupTiming=T}, where T is
 * the launch time in epoch milliseconds (the benchmark script passes it), each {@link #mark} prints
 * the milliseconds since the launch and the process's CPU time so far to standard error; with
 * {@code true} instead of a time it counts from the first mark. Without the property it does
 * nothing. It reads the clock and the process's own figures, not the management beans, whose own
 * start-up would be measured too.
 */
public final class StartupTrace {
    private static final String SETTING = System.getProperty("gleaner.startupTiming", "");
    private static final boolean ON = !SETTING.isBlank() && !SETTING.equals("false");
    private static final long LAUNCHED = launchTime();

    private StartupTrace() {}

    private static long launchTime() {
        try {
            return Long.parseLong(SETTING.strip());
        } catch (NumberFormatException e) {
            return System.currentTimeMillis();
        }
    }

    /** {@return whether start-up timing was asked for} */
    public static boolean on() {
        return ON;
    }

    /** {@return the milliseconds since the launch (or since the first mark)} */
    public static long sinceLaunch() {
        return System.currentTimeMillis() - LAUNCHED;
    }

    /** Prints how long after the launch the start-up reached {@code step}, when timing is on. */
    public static void mark(String step) {
        if (ON) {
            long cpu = ProcessHandle.current()
                    .info()
                    .totalCpuDuration()
                    .map(Duration::toMillis)
                    .orElse(-1L);
            System.err.printf("gleaner: %5d ms (cpu %5d ms)  %s%n", sinceLaunch(), cpu, step);
        }
    }
}
