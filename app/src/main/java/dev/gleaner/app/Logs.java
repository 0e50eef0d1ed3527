package dev.gleaner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Gleaner's log: {@code logs/gleaner.log} in the workspace. Stack traces go here, never to the
 * terminal.
 */
public final class Logs {
    private static final Logger ROOT = Logger.getLogger("dev.gleaner");

    private Logs() {}

    /** Keeps log records off the terminal until a workspace log exists; the user sees one-line messages. */
    public static synchronized void quietTerminal() {
        Logger global = Logger.getLogger("");
        for (Handler h : global.getHandlers()) {
            if (h instanceof java.util.logging.ConsoleHandler) {
                global.removeHandler(h);
            }
        }
    }

    /** Sends Gleaner's log to {@code gleaner.log} (rotated, 4 x 5 MB) in {@code dir}; idempotent. */
    public static synchronized void toFolder(Path dir) {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof FileHandler) {
                return;
            }
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(dir);
            FileHandler file = new FileHandler(dir.resolve("gleaner.%g.log").toString(), 5 << 20, 4, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            // The log lives in the workspace, on the disk that may be full: a record that cannot be
            // written is dropped rather than printed, with its trace, on the user's terminal.
            file.setErrorManager(new java.util.logging.ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {}
            });
            // Everything logged through java.util.logging (ours and the libraries') goes to the file,
            // so that the terminal shows only the one-line messages meant for the user.
            Logger global = Logger.getLogger("");
            for (Handler h : global.getHandlers()) {
                global.removeHandler(h);
            }
            global.addHandler(file);
            ROOT.setLevel(Level.INFO);
        } catch (IOException e) {
            // Without a log file the messages still reach the user; nothing else to do.
        }
    }

    /** Logs a user-facing failure with its cause. */
    public static void warning(String message, Throwable cause) {
        ROOT.log(Level.WARNING, message, cause);
    }

    /**
     * Logs an internal error.
     *
     * @return the log file it went to, or {@code null} when there is none yet
     */
    public static String error(String message, Throwable cause) {
        ROOT.log(Level.SEVERE, message, cause);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof FileHandler) {
                return "the workspace's logs/gleaner.0.log";
            }
        }
        return null;
    }

    /** {@return a logger for a class} */
    public static Logger of(Class<?> type) {
        return Logger.getLogger(type.getName());
    }
}
