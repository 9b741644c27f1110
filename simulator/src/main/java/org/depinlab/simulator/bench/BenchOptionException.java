package org.depinlab.simulator.bench;

/**
 * A bench option the harness refuses (out of range, or not applicable to the scenario): the message
 * starts with the option and says what is allowed; the command line reports it as bad input.
 */
public final class BenchOptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchOptionException(String message) {
        super(message);
    }
}
