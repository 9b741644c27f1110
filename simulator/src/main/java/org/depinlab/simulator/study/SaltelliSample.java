package org.depinlab.simulator.study;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sample for Sobol indices (Saltelli et al. 2010): two N x k matrices A and B from the
 * 2k-dimensional Sobol sequence (Commons Math's generator, its origin skipped), A its first k
 * coordinates and B its last k, and for each factor i the matrix AB_i, A with column i from B.
 * Rows in [0, 1)^k, in the order A, B, AB_1, ..., AB_k: N (k + 2) points.
 */
public final class SaltelliSample {

    private SaltelliSample() {
    }

    public static double[][] points(int samples, int k) {
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        sequence.nextVector();
        double[][] points = new double[samples * (k + 2)][];
        for (int n = 0; n < samples; n++) {
            double[] both = sequence.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(both, 0, a, 0, k);
            System.arraycopy(both, k, b, 0, k);
            points[n] = a;
            points[samples + n] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[(2 + i) * samples + n] = ab;
            }
        }
        return points;
    }
}
