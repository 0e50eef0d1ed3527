package dev.gleaner.app.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's text in the user's language (Korean or English), from {@code messages*.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    /** Loads the texts for {@code locale}; English when there is no bundle for it. */
    public Messages(Locale locale) {
        this.locale = locale;
        // Loaded by hand: ResourceBundle's fallback to the default locale would show Korean to
        // someone who chose English on a Korean system.
        String name = "ko".equals(locale.getLanguage()) ? "messages_ko.properties" : "messages.properties";
        try (var in = Messages.class.getResourceAsStream("/dev/gleaner/app/ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing UI texts: " + name);
            }
            this.bundle = new java.util.PropertyResourceBundle(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@return the text for {@code key}, with {@code args} filled in} */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** {@return every key of these texts} */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    /** {@return the locale of these texts} */
    public Locale locale() {
        return locale;
    }
}
