package org.depinlab.tokenomics.emission;

/**
 * How many new tokens the protocol mints in each epoch.
 *
 * <p>Contract for every implementation: for every {@code epoch >= 0} and every finite
 * {@code mintedSoFar >= 0}, {@link #emission(int, double)} is finite and >= 0, and it depends on
 * its two arguments only (no state), so epochs may be queried in any order. An epoch below 0 or a
 * negative, NaN or infinite {@code mintedSoFar} is refused with {@link IllegalArgumentException}.
 */
public interface EmissionSchedule {

    /**
     * The tokens to mint in {@code epoch}.
     *
     * @param epoch the epoch, 0-based
     * @param mintedSoFar the tokens minted by emission in epochs 0 to {@code epoch - 1}
     * @return the emission of {@code epoch}, finite and >= 0
     * @throws IllegalArgumentException if {@code epoch < 0} or {@code mintedSoFar} is not finite
     *     and >= 0
     */
    double emission(int epoch, double mintedSoFar);
}
