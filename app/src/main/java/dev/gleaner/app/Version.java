package dev.gleaner.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Gleaner's version, from the build. */
public final class Version {
    private Version() {}

    /** {@return the version string, such as {@code 0.1.0}} */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
