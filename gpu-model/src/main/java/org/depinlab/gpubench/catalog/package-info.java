/**
 * The GPU catalogue: spec-sheet figures of the GPUs that matter for DePIN, with their sources,
 * from the resource {@code gpus.yaml}.
 *
 * <p>{@link GpuCatalog} finds a {@link GpuSpec} by id or alias, ignoring case, and names the known
 * models in an {@link UnknownGpuException}; {@link PcieLink} gives a PCIe link's bandwidth from its
 * generation and lanes. The package imports the JDK, Jackson (YAML) and gpu-bench's
 * {@code profile} (figures and labels).
 */
package org.depinlab.gpubench.catalog;
