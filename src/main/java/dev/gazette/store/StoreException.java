package dev.gazette.store;

/** A library that cannot be opened, read or written, with a message fit for a person. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
