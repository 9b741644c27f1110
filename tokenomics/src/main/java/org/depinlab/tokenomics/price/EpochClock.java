package org.depinlab.tokenomics.price;

/** The current epoch of a price model that follows the epochs, and the check on endEpoch. */
final class EpochClock {

    private long current;

    long current() {
        return current;
    }

    /**
     * Moves to {@code epoch + 1} and returns how many epochs that passes (1 when called in order).
     *
     * @throws IllegalArgumentException if {@code epoch} is before the current epoch
     */
    long end(int epoch) {
        if (epoch < current) {
            throw new IllegalArgumentException(
                    "epoch " + epoch + " has already ended: the current epoch is " + current);
        }
        long passed = epoch + 1L - current;
        current = epoch + 1L;
        return passed;
    }
}
