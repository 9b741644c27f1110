/**
 * Vesting: token grants to team, investors or a foundation that unlock over time after a cliff.
 *
 * <p>{@link org.depinlab.tokenomics.vesting.Grant} is one grant;
 * {@link org.depinlab.tokenomics.vesting.VestingSchedule} answers how much each holder has vested by
 * the end of an epoch and how much unlocks in it, by the convention stated on
 * {@link org.depinlab.tokenomics.vesting.VestingSchedule}. Immutable. The package imports only the
 * JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.vesting;
