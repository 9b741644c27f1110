package org.depinlab.tokenomics.price;

import java.util.List;
import java.util.Objects;

/**
 * A recorded price path, one price per epoch from epoch 0; after the path ends the price stays at
 * its last value.
 */
public final class ReplayedPrice implements TokenPrice {

    private final List<Double> usdPerEpoch;
    private final EpochClock clock = new EpochClock();

    /**
     * @param usdPerEpoch the price of epochs 0, 1, ...; not empty, each finite and > 0. Copied.
     * @throws IllegalArgumentException if the path is empty or a price is not finite and > 0 (the
     *     message names its index)
     */
    public ReplayedPrice(List<Double> usdPerEpoch) {
        Objects.requireNonNull(usdPerEpoch, "usdPerEpoch");
        if (usdPerEpoch.isEmpty()) {
            throw new IllegalArgumentException(
                    "usdPerEpoch must not be empty: a path needs the price of epoch 0");
        }
        for (int i = 0; i < usdPerEpoch.size(); i++) {
            Double usd = usdPerEpoch.get(i);
            if (usd == null || !(usd > 0) || usd == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("usdPerEpoch at index " + i + " is " + usd
                        + ": prices must be finite and > 0");
            }
        }
        this.usdPerEpoch = List.copyOf(usdPerEpoch);
    }

    /** The price of the current epoch, or the last of the path once it has ended. */
    @Override
    public double price() {
        return usdPerEpoch.get((int) Math.min(clock.current(), usdPerEpoch.size() - 1));
    }

    /** @throws IllegalArgumentException if {@code epoch} has already ended */
    @Override
    public void endEpoch(int epoch) {
        clock.end(epoch);
    }
}
