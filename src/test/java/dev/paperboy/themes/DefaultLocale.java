package dev.paperboy.themes;

import java.util.Locale;

/** Runs code under another default locale, restoring the previous one afterwards. */
final class DefaultLocale {
    static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    static final Locale GERMAN = Locale.forLanguageTag("de-DE");

    private DefaultLocale() {
    }

    static void run(Locale locale, Runnable body) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            body.run();
        } finally {
            Locale.setDefault(previous);
        }
    }
}
