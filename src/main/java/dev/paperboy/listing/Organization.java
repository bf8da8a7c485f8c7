package dev.paperboy.listing;

import java.util.Objects;

/**
 * The organisation a listing shows instead of an author count, from a line like {@code deepmind Deepmind}.
 *
 * @param account the account name (first word of the line)
 * @param name    the display name (the rest of the line; the account again when the line has one word)
 */
public record Organization(String account, String name) {
    public Organization {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        if (account.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("blank organisation account or name");
        }
    }
}
