package org.depinlab.simulator.data;

/** A data file (trace, table) that cannot be read; the message is {@code file:line: what is wrong}. */
public final class DataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataFormatException(String message) {
        super(message);
    }
}
