package org.depinlab.simulator.output;

/**
 * An output destination that a command may not or cannot write: the message names the path the
 * user gave, why, and what to do. The command line reports it as one line with exit code 2.
 */
public final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
