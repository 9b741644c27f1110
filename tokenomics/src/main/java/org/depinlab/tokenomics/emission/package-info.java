/**
 * Emission schedules: how many new tokens the protocol mints in each epoch.
 *
 * <p>{@link org.depinlab.tokenomics.emission.EmissionSchedule} is the one interface; the records
 * {@link org.depinlab.tokenomics.emission.ConstantEmission},
 * {@link org.depinlab.tokenomics.emission.HalvingEmission},
 * {@link org.depinlab.tokenomics.emission.ExponentialDecayEmission},
 * {@link org.depinlab.tokenomics.emission.TableEmission},
 * {@link org.depinlab.tokenomics.emission.InflationEmission} (a rate on a base that grows with what it
 * mints) implement it, and
 * {@link org.depinlab.tokenomics.emission.CappedEmission} bounds any of them by a total supply cap.
 * {@link org.depinlab.tokenomics.emission.CapacityContingentEmission} extends it for schedules that
 * also answer the network's capacity, {@link org.depinlab.tokenomics.emission.BaselineMinting}
 * (Filecoin's baseline minting): the caller carries the capped cumulative capacity.
 * Every schedule is immutable and a pure function of (epoch, minted so far), so one instance can be
 * shared by any number of runs. The package imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.emission;
