package dev.gleaner.core.issue;

import java.util.Locale;

/** The front matter formats Hugo reads: TOML between {@code +++}, YAML between {@code ---}, JSON object. */
public enum FrontMatterFormat {
    TOML,
    YAML,
    JSON;

    /** {@return the format named {@code name} (case-insensitive)} */
    public static FrontMatterFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown front matter format '" + name + "': use toml, yaml or json");
        }
    }
}
