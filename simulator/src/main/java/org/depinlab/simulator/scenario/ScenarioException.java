package org.depinlab.simulator.scenario;

/**
 * A scenario that cannot be used. The message is {@code file:line:column: field.path: what is
 * wrong (allowed: …)}, ready for the user.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }
}
