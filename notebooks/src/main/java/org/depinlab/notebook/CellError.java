package org.depinlab.notebook;

/**
 * A cell that failed in the kernel, as Jupyter reports it: the runner's message (line, diagnostic or
 * exception) is the whole report, so it carries no stack trace of the kernel's own frames.
 */
final class CellError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CellError(CellFailure failure) {
        super(failure.getMessage(), null, false, false);
    }
}
