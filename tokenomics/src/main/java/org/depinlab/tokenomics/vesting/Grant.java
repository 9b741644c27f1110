package org.depinlab.tokenomics.vesting;

import java.util.Objects;

/**
 * A grant of tokens to a holder that vests linearly over {@code vestingEpochs} epochs after a cliff
 * of {@code cliffEpochs} epochs (the convention is stated on {@link VestingSchedule}). Example:
 * cliff 12, vesting 24 with monthly epochs is "nothing for a year, then 1/24 a month for two years".
 *
 * @param holder who receives the tokens, not blank
 * @param tokens the tokens granted, finite and >= 0
 * @param cliffEpochs the epochs before anything vests, >= 0
 * @param vestingEpochs the epochs over which the tokens vest after the cliff, >= 0; 0 vests
 *     everything at once when the cliff ends
 */
public record Grant(String holder, double tokens, int cliffEpochs, int vestingEpochs) {

    /** @throws IllegalArgumentException if a field is outside its range (the message names it) */
    public Grant {
        Objects.requireNonNull(holder, "holder");
        if (holder.isBlank()) {
            throw new IllegalArgumentException("holder must not be blank");
        }
        if (!(tokens >= 0) || tokens == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "grant to " + holder + ": tokens must be finite and >= 0, was " + tokens);
        }
        if (cliffEpochs < 0) {
            throw new IllegalArgumentException(
                    "grant to " + holder + ": cliffEpochs must be >= 0, was " + cliffEpochs);
        }
        if (vestingEpochs < 0) {
            throw new IllegalArgumentException(
                    "grant to " + holder + ": vestingEpochs must be >= 0, was " + vestingEpochs);
        }
    }

    /**
     * The tokens of this grant vested by the end of {@code epoch}:
     * {@code tokens * clamp((epoch + 1 - cliff) / vesting, 0, 1)}, or for vesting 0,
     * {@code tokens} once {@code epoch + 1 >= cliff}; 0 for every epoch < 0.
     */
    double vestedBy(long epoch) {
        if (epoch < 0) {
            return 0.0;
        }
        long elapsedAfterCliff = epoch + 1 - cliffEpochs;
        if (elapsedAfterCliff < 0) {
            return 0.0;
        }
        if (elapsedAfterCliff >= vestingEpochs) {
            return tokens;
        }
        return tokens * elapsedAfterCliff / vestingEpochs;
    }
}
