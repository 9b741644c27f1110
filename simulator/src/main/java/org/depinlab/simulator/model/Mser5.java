package org.depinlab.simulator.model;

/**
 * The MSER-5 warm-up rule (White 1997; White, Cobb and Spratt 2000): the series is cut into
 * batches of five observations (a last, partial batch is left out) and the batch means
 * Z<sub>1</sub>..Z<sub>k</sub> taken; the truncation d, in batches, minimises
 * MSER(d) = Σ<sub>j&gt;d</sub> (Z<sub>j</sub> − Z̄<sub>d</sub>)² / (k − d)², the squared standard
 * error of the mean of what is kept, over the first half of the series (d ≤ (k − 1) / 2, so more
 * than half the batches remain; ties go to the earliest). The warm-up is 5·d observations; a
 * series shorter than ten observations has none.
 */
public final class Mser5 {

    /** Observations per batch. */
    public static final int BATCH = 5;

    private Mser5() {
    }

    /** The observations of {@code series} to leave out as warm-up: a multiple of {@link #BATCH}. */
    public static int warmup(double[] series) {
        int k = series.length / BATCH;
        double[] means = new double[k];
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int i = j * BATCH; i < (j + 1) * BATCH; i++) {
                sum += series[i];
            }
            means[j] = sum / BATCH;
        }
        // from the end backwards, the mean and sum of squared deviations of batches d..k-1 (Welford)
        double mean = 0;
        double squares = 0;
        double best = Double.POSITIVE_INFINITY;
        int truncation = 0;
        for (int d = k - 1; d >= 0; d--) {
            int kept = k - d;
            double delta = means[d] - mean;
            mean += delta / kept;
            squares += delta * (means[d] - mean);
            double mser = squares / ((double) kept * kept);
            if (d <= (k - 1) / 2 && mser <= best) {
                best = mser;
                truncation = d;
            }
        }
        return truncation * BATCH;
    }
}
