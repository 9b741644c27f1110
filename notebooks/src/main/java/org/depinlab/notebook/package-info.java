/**
 * Executes the Jupyter notebooks of {@code notebooks/} in the build: {@link NotebookRunner} reads a
 * notebook (nbformat 4 JSON), evaluates each code cell through the {@code jdk.jshell} API in this
 * JVM and writes the executed notebook with its outputs; a rejected snippet, a compile error or an
 * exception fails it, naming notebook and cell. {@link NotebookKernel} evaluates cells the same way
 * for Jupyter (the kernel {@link KernelSpec} installs), on JJava's protocol library. {@link Figures}
 * is what the notebooks call to save a chart, which both show inline. May import the simulator,
 * tokenomics and gpu-model; nothing imports this package.
 */
package org.depinlab.notebook;
