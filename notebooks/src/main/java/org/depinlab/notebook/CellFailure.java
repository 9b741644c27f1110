package org.depinlab.notebook;

/** A code cell that did not evaluate: a rejected snippet, a compile error or an exception. */
final class CellFailure extends Exception {

    private static final long serialVersionUID = 1L;

    CellFailure(String message) {
        super(message);
    }
}
