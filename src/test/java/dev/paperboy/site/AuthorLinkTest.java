package dev.paperboy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuthorLinkTest {
    /** Characters the form encoding keeps, turns into {@code +}, or escapes, with surrogates paired and lone. */
    private static final String ALPHABET = "aZ09.-*_~ '+%&=?#/\u00e9\u00ed\u0141\u4e2d\uD83D\uDE00\uD800\uDC00\u0000";

    @Test
    void encodesNamesAsTheJdkFormEncoderDoes() {
        Random random = new Random(18);
        for (int i = 0; i < 2000; i++) {
            StringBuilder name = new StringBuilder();
            for (int length = random.nextInt(16); length > 0; length--) {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = name.toString();
            assertEquals(URLEncoder.encode(text, StandardCharsets.UTF_8), AuthorLink.formEncoded(text), text);
        }
    }

    @Test
    void linksToArxivsAuthorSearch() {
        assertEquals("https://arxiv.org/search/?searchtype=author&query=Maeve+Garc%C3%ADa",
                AuthorLink.onArxiv("Maeve García").search());
    }
}
