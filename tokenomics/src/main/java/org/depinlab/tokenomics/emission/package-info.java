/**
 * Emission schedules: how many new tokens the protocol mints in each epoch.
 *
 * <p>{@link org.depinlab.tokenomics.emission.EmissionSchedule} is the one interface; the records
 * {@link org.depinlab.tokenomics.emission.ConstantEmission},
 * {@link org.depinlab.tokenomics.emission.HalvingEmission},
 * {@link org.depinlab.tokenomics.emission.ExponentialDecayEmission},
 * {@link org.depinlab.tokenomics.emission.TableEmission} implement it, and
 * {@link org.depinlab.tokenomics.emission.CappedEmission} bounds any of them by a total supply cap.
 * Every schedule is immutable and a pure function of (epoch, minted so far), so one instance can be
 * shared by any number of runs. The package imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.emission;
