package org.depinlab.simulator.workload;

/**
 * How synthetic demand answers the network's price and service: the arrival rate is scaled by a
 * multiplier m that tends, once an epoch, to
 * {@code (networkPrice / referencePrice)^(−elasticity) × completionShare^qualityExponent
 * × (1 + meanWait / referenceWait)^(−waitExponent)}, capped at {@code maxMultiplier}; the arrival
 * process's own shape (diurnal, bursty) rides on top.
 *
 * @param referenceUsdPerGpuHour the cloud's on-demand price per GPU-hour the network competes with;
 *                               at that price (and full service) demand is the arrival process's
 * @param elasticity             constant price elasticity of demand (≥ 0; 0: price does not matter)
 * @param qualityExponent        weight of the completion share (≥ 0; 0: service does not matter)
 * @param smoothingEpochs        the multiplier moves 1/smoothingEpochs of the way to its target
 *                               every epoch (1: no smoothing)
 * @param maxMultiplier          the most demand can grow above the arrival process's (≥ 1); arrivals
 *                               are drawn at this multiple of the rate and thinned
 * @param waitExponent           weight of the mean wait of the jobs completed in the epoch (≥ 0; 0:
 *                               waits do not matter)
 * @param referenceWaitSeconds   the mean wait at which the wait factor is 2^(−waitExponent) (> 0)
 */
public record DemandResponse(double referenceUsdPerGpuHour, double elasticity, double qualityExponent,
                             double smoothingEpochs, double maxMultiplier, double waitExponent,
                             double referenceWaitSeconds) {

    /** A response in which waits do not matter. */
    public DemandResponse(double referenceUsdPerGpuHour, double elasticity, double qualityExponent,
                          double smoothingEpochs, double maxMultiplier) {
        this(referenceUsdPerGpuHour, elasticity, qualityExponent, smoothingEpochs, maxMultiplier, 0, 3_600);
    }

    public DemandResponse {
        if (!(referenceUsdPerGpuHour > 0) || Double.isInfinite(referenceUsdPerGpuHour)) {
            throw new IllegalArgumentException("reference price must be a finite number > 0, got "
                    + referenceUsdPerGpuHour);
        }
        if (!(elasticity >= 0) || !(qualityExponent >= 0) || Double.isInfinite(elasticity)
                || Double.isInfinite(qualityExponent)) {
            throw new IllegalArgumentException("elasticity and quality exponent must be finite and >= 0");
        }
        if (!(smoothingEpochs >= 1) || Double.isInfinite(smoothingEpochs)) {
            throw new IllegalArgumentException("smoothing must be >= 1 epoch, got " + smoothingEpochs);
        }
        if (!(maxMultiplier >= 1) || Double.isInfinite(maxMultiplier)) {
            throw new IllegalArgumentException("max multiplier must be finite and >= 1, got " + maxMultiplier);
        }
        if (!(waitExponent >= 0) || Double.isInfinite(waitExponent)) {
            throw new IllegalArgumentException("wait exponent must be finite and >= 0, got " + waitExponent);
        }
        if (!(referenceWaitSeconds > 0) || Double.isInfinite(referenceWaitSeconds)) {
            throw new IllegalArgumentException("reference wait must be finite and > 0 s, got " + referenceWaitSeconds);
        }
    }

    /**
     * The multiplier demand tends to at {@code priceUsdPerGpuHour} with {@code completionShare} of
     * jobs served after a mean wait of {@code meanWaitSeconds}, within [0, {@link #maxMultiplier()}].
     */
    public double target(double priceUsdPerGpuHour, double completionShare, double meanWaitSeconds) {
        double price = Math.pow(priceUsdPerGpuHour / referenceUsdPerGpuHour, -elasticity);
        double quality = qualityExponent == 0 ? 1 : Math.pow(completionShare, qualityExponent);
        double waits = waitExponent == 0 ? 1 : Math.pow(1 + meanWaitSeconds / referenceWaitSeconds, -waitExponent);
        return Math.min(maxMultiplier, price * quality * waits);
    }

    /** One epoch's smoothing step from {@code multiplier} towards {@code target}. */
    public double smooth(double multiplier, double target) {
        return multiplier + (target - multiplier) / smoothingEpochs;
    }
}
