/**
 * The {@code depinlab} command line: {@link DepinlabCommand} and one picocli subcommand per tool
 * ({@code run}, {@code validate}, {@code sweep}, {@code merge}, {@code report}, {@code check},
 * {@code catalog}, {@code bench}, {@code concentration}). Bad input is a
 * {@link UserInputException}: one line naming what is wrong and what is allowed, exit code 2.
 *
 * <p>The top of the simulator: it may import every other package of the simulator, gpu-bench,
 * {@code tokenomics}, picocli and progressbar; no other package imports it.
 */
package org.depinlab.simulator.cli;
