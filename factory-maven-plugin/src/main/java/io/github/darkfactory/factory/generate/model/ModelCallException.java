package io.github.darkfactory.factory.generate.model;

/** A provider call that failed after retries; the message never contains a credential. */
public final class ModelCallException extends RuntimeException {

    public enum Kind { AUTHENTICATION, RATE_LIMIT, TIMEOUT, NETWORK, SERVER, OTHER }

    private final Kind kind;

    public ModelCallException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
