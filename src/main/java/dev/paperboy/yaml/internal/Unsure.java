package dev.paperboy.yaml.internal;

/** Thrown by {@link SimpleYaml}, without a stack trace, to leave a document to Jackson. */
final class Unsure extends RuntimeException {
    static final Unsure INSTANCE = new Unsure();
    private static final long serialVersionUID = 1L;

    private Unsure() {
        super(null, null, false, false);
    }
}
