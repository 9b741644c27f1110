package org.depinlab.notebook;

/** A notebook that could not be read or whose cell failed; the message names notebook and cell. */
public final class NotebookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotebookException(String message) {
        super(message);
    }

    public NotebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
