package org.depinlab.simulator.sweep;

/**
 * The executor stopped before every run finished (a cluster lost, a full disk, an interrupt); the
 * runs that finished are in the sweep's outputs and {@code --resume} runs the rest.
 */
public final class SweepStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SweepStoppedException(int finished, int runs, RuntimeException cause) {
        super("the sweep stopped after " + finished + " of " + runs + " runs (those that finished are kept and"
                + " summarised; --resume runs the rest): " + firstLine(cause), cause);
    }

    /** The cause's message, first line only: Spark's messages carry whole stack traces. */
    private static String firstLine(Throwable cause) {
        Throwable root = cause;
        while (root.getMessage() == null && root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
