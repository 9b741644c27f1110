package org.depinlab.notebook;

/**
 * What evaluating one code cell gave.
 *
 * @param stdout what the cell printed to standard output
 * @param stderr what it printed to standard error
 * @param value  the value of its final expression as JShell shows it, or null when the cell ends
 *               with a declaration, a statement or a void call
 */
record CellResult(String stdout, String stderr, String value) {
}
