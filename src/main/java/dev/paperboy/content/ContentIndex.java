package dev.paperboy.content;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A site's content files looked up by key, as {@link ContentStore} keeps them between rebuilds of {@code serve}. */
public interface ContentIndex {
    Optional<Paper> paper(String slug);

    Optional<Digest> digest(LocalDate date);

    /** The dates of every digest whose list names this paper, published or not. */
    Set<LocalDate> digestsListing(String slug);
}
