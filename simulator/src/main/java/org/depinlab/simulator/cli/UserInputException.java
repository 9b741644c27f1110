package org.depinlab.simulator.cli;

/**
 * Bad input from the user (a file, a field, an option value): reported as one line and exit code
 * 2, never as a stack trace. The message names what is wrong and what is allowed.
 */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
