package org.mandate.web.site;

import gg.jte.support.LocalizationSupport;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words, from {@code messages.properties} (English first; another language is another
 * bundle beside it). Templates call {@code t.localize("key", args…)}, which escapes the arguments;
 * Java code that builds a sentence for a page uses {@link #plain}.
 */
public final class Text implements LocalizationSupport {
    static final String BUNDLE = "org.mandate.web.messages";

    private final ResourceBundle bundle;

    private Text(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Text of(Locale locale) {
        return new Text(ResourceBundle.getBundle(BUNDLE, locale, Text.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public static Text english() {
        return of(Locale.ROOT);
    }

    @Override
    public String lookup(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key shows as itself, so it is seen on the page and caught by MessagesTest.
            return "[" + key + "]";
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message with {0}, {1}… replaced by the arguments as they are (no escaping: for titles and redirects). */
    public String plain(String key, Object... args) {
        String s = lookup(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
