package org.depinlab.simulator.workload;

/**
 * How synthetic demand answers the network's price and service: the arrival rate is scaled by a
 * multiplier m that tends, once an epoch, to
 * {@code (networkPrice / referencePrice)^(−elasticity) × completionShare^qualityExponent}, capped at
 * {@code maxMultiplier}; the arrival process's own shape (diurnal, bursty) rides on top.
 *
 * @param referenceUsdPerGpuHour the cloud's on-demand price per GPU-hour the network competes with;
 *                               at that price (and full service) demand is the arrival process's
 * @param elasticity             constant price elasticity of demand (≥ 0; 0: price does not matter)
 * @param qualityExponent        weight of the completion share (≥ 0; 0: service does not matter)
 * @param smoothingEpochs        the multiplier moves 1/smoothingEpochs of the way to its target
 *                               every epoch (1: no smoothing)
 * @param maxMultiplier          the most demand can grow above the arrival process's (≥ 1); arrivals
 *                               are drawn at this multiple of the rate and thinned
 */
public record DemandResponse(double referenceUsdPerGpuHour, double elasticity, double qualityExponent,
                             double smoothingEpochs, double maxMultiplier) {

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
    }

    /**
     * The multiplier demand tends to at {@code priceUsdPerGpuHour} with {@code completionShare} of
     * jobs served, within [0, {@link #maxMultiplier()}].
     */
    public double target(double priceUsdPerGpuHour, double completionShare) {
        double price = Math.pow(priceUsdPerGpuHour / referenceUsdPerGpuHour, -elasticity);
        double quality = qualityExponent == 0 ? 1 : Math.pow(completionShare, qualityExponent);
        return Math.min(maxMultiplier, price * quality);
    }

    /** One epoch's smoothing step from {@code multiplier} towards {@code target}. */
    public double smooth(double multiplier, double target) {
        return multiplier + (target - multiplier) / smoothingEpochs;
    }
}
