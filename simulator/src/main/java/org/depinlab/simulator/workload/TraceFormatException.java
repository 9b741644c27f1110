package org.depinlab.simulator.workload;

/** A trace file that cannot be read; the message is {@code file:line: what is wrong}. */
public final class TraceFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TraceFormatException(String message) {
        super(message);
    }
}
