package dev.paperboy.listing;

import java.util.Objects;

/** The organisation a paper was posted by: its account name and display name ({@code deepmind Deepmind}). */
public record Organization(String account, String name) {
    public Organization {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
    }
}
