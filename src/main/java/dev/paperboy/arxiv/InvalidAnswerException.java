package dev.paperboy.arxiv;

/** An arXiv answer that is not a usable Atom feed, or that reports an error; the message is one line. */
final class InvalidAnswerException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidAnswerException(String message) {
        super(message);
    }
}
