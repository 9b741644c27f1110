/**
 * Data files read by the simulator and the {@code concentration} command: CSV tables read line by
 * line ({@link CsvTable}, {@link ColumnValues}), so that every problem is reported as
 * {@code file:line: what is wrong} ({@link DataFormatException}), and the UTF-8 check of a text
 * file ({@link Utf8Text}). The package imports only the JDK.
 */
package org.depinlab.simulator.data;
