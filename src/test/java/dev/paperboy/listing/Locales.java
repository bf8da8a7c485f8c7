package dev.paperboy.listing;

import java.util.Locale;

/** Runs test code under another default locale and restores the old one. */
final class Locales {
    private Locales() {
    }

    static void run(String languageTag, Runnable body) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        try {
            body.run();
        } finally {
            Locale.setDefault(previous);
        }
    }
}
