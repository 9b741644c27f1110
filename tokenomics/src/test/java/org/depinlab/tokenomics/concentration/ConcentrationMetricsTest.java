package org.depinlab.tokenomics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference values of every metric, each computed by hand in the comment above its assertion. */
class ConcentrationMetricsTest {

    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 10, 1000})
    void allEqualHoldingsAreUnconcentrated(int n) {
        double[] values = new double[n];
        Arrays.fill(values, 3.0);

        Concentration c = ConcentrationMetrics.of(values);

        // s_i = 1/n: every |x_i - x_j| = 0 -> G = 0; HHI = n (1/n)^2 = 1/n;
        // T = sum (1/n) ln(n/n) = 0; H = -n (1/n) log2(1/n) = log2 n
        assertEquals(n, c.n());
        assertEquals(3.0 * n, c.total(), TOLERANCE);
        assertEquals(0.0, c.gini(), TOLERANCE);
        assertEquals(1.0 / n, c.hhi(), TOLERANCE);
        assertEquals(0.0, c.theil(), TOLERANCE);
        assertEquals(Math.log(n) / Math.log(2), c.entropyBits(), TOLERANCE);
        // the largest k hold k/n, and k/n > 1/2 first at k = floor(n/2) + 1
        assertEquals(n / 2 + 1, c.nakamoto());
        assertEquals(1.0 / n, c.top1Share(), TOLERANCE);
        assertEquals(Math.min(5, n) / (double) n, c.top5Share(), TOLERANCE);
        assertEquals(Math.min(10, n) / (double) n, c.top10Share(), TOLERANCE);
        // ceil(0.01 n) and ceil(0.10 n) holders, at least 1
        assertEquals(Math.ceil(n / 100.0) / n, c.top1PctShare(), TOLERANCE);
        assertEquals(Math.ceil(n / 10.0) / n, c.top10PctShare(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10, 1000})
    void oneHolderOfEverythingIsMaximallyConcentrated(int n) {
        double[] values = new double[n];
        values[n / 2] = 42.0;

        Concentration c = ConcentrationMetrics.of(values);

        // x_(n) = 42, the rest 0: G = 2 n 42 / (n 42) - (n+1)/n = (n-1)/n;
        // HHI = 1^2 = 1; T = 1 ln(n 1) = ln n; H = -1 log2 1 = 0; the largest alone holds 1 > 0.5
        assertEquals(n, c.n());
        assertEquals(42.0, c.total());
        assertEquals((n - 1) / (double) n, c.gini(), TOLERANCE);
        assertEquals(1.0, c.hhi(), TOLERANCE);
        assertEquals(Math.log(n), c.theil(), TOLERANCE);
        assertEquals(0.0, c.entropyBits(), TOLERANCE);
        assertEquals(1, c.nakamoto());
        assertEquals(1.0, c.top1Share());
        assertEquals(1.0, c.top1PctShare());
    }

    @Test
    void smallExampleMatchesHandComputation() {
        Concentration c = ConcentrationMetrics.of(new double[] {4, 10, 1, 3, 2});

        // sorted 1,2,3,4,10; n = 5; S = 20; shares .05, .10, .15, .20, .50
        assertEquals(5, c.n());
        assertEquals(20.0, c.total());
        // sum i x_(i) = 1 + 4 + 9 + 16 + 50 = 80; G = 2*80/(5*20) - 6/5 = 1.6 - 1.2 = 0.4
        // (check: sum over pairs i<j of |x_i - x_j| = 40; 2*40 / (2 * 25 * 4) = 0.4)
        assertEquals(0.4, c.gini(), TOLERANCE);
        // HHI = .0025 + .01 + .0225 + .04 + .25 = 0.325
        assertEquals(0.325, c.hhi(), TOLERANCE);
        // T = .05 ln .25 + .1 ln .5 + .15 ln .75 + .2 ln 1 + .5 ln 2.5 = .5 ln 5 + .15 ln 3 - ln 2
        //   = 0.804718956 + 0.164791843 - 0.693147181 = 0.276363619
        assertEquals(0.5 * Math.log(5) + 0.15 * Math.log(3) - Math.log(2), c.theil(), TOLERANCE);
        assertEquals(0.2763636189573213, c.theil(), TOLERANCE);
        // H = .05 log2 20 + .1 log2 10 + .15 log2 (20/3) + .2 log2 5 + .5 log2 2
        //   = 0.216096405 + 0.332192809 + 0.410544839 + 0.464385619 + 0.5 = 1.923219672
        assertEquals(1.9232196723355077, c.entropyBits(), TOLERANCE);
        // the largest holds .5, not > .5; the largest two hold .7 > .5
        assertEquals(2, c.nakamoto());
        assertEquals(0.5, c.nakamotoThreshold());
        assertEquals(0.5, c.top1Share(), TOLERANCE);
        // n = 5 <= 5 and <= 10: the share of all
        assertEquals(1.0, c.top5Share());
        assertEquals(1.0, c.top10Share());
        // ceil(.01 * 5) = ceil(.1 * 5) = 1 holder: the largest, .5
        assertEquals(0.5, c.top1PctShare(), TOLERANCE);
        assertEquals(0.5, c.top10PctShare(), TOLERANCE);
    }

    @Test
    void zeroHoldingsCountAsHoldersAndContributeNothing() {
        Concentration c = ConcentrationMetrics.of(new double[] {0, 5, 0, 5});

        // n = 4 (zeros included), S = 10, shares 0, 0, .5, .5
        assertEquals(4, c.n());
        assertEquals(10.0, c.total());
        // sorted 0,0,5,5: sum (2i - n - 1) x_(i) = 1*5 + 3*5 = 20; G = 20 / (4 * 10) = 0.5
        // (check: |0 - 5| for 4 ordered pairs each way = 40; 40 / (2 * 16 * 2.5) = 0.5)
        assertEquals(0.5, c.gini(), TOLERANCE);
        // HHI = .25 + .25 = 0.5
        assertEquals(0.5, c.hhi(), TOLERANCE);
        // T = 2 * .5 ln(4 * .5) + 0 + 0 = ln 2
        assertEquals(Math.log(2), c.theil(), TOLERANCE);
        // H = 2 * .5 log2 2 = 1 bit
        assertEquals(1.0, c.entropyBits(), TOLERANCE);
        // the largest holds .5, not > .5; two hold 1
        assertEquals(2, c.nakamoto());
        assertEquals(0.5, c.top1Share(), TOLERANCE);
        assertEquals(1.0, c.top5Share());
        // ceil(.04) = ceil(.4) = 1 holder
        assertEquals(0.5, c.top1PctShare(), TOLERANCE);
        assertEquals(0.5, c.top10PctShare(), TOLERANCE);
    }

    @Test
    void allZeroHoldingsReadAsEqualShares() {
        Concentration c = ConcentrationMetrics.of(new double[] {0, 0, 0, 0});

        // the zero-total convention: s_i = 1/4, so G = 0, T = 0, H = log2 4 = 2, HHI = 1/4,
        // nakamoto = smallest k with k/4 > 1/2 = 3, top-k shares min(k, 4)/4
        assertEquals(4, c.n());
        assertEquals(0.0, c.total());
        assertEquals(0.0, c.gini());
        assertEquals(0.0, c.theil(), TOLERANCE);
        assertEquals(2.0, c.entropyBits(), TOLERANCE);
        assertEquals(0.25, c.hhi(), TOLERANCE);
        assertEquals(3, c.nakamoto());
        assertEquals(0.25, c.top1Share(), TOLERANCE);
        assertEquals(1.0, c.top5Share());
        assertEquals(0.25, c.top1PctShare(), TOLERANCE);
        assertEquals(0.0, ConcentrationMetrics.gini(new double[] {0, 0, 0}));
        assertEquals(2 / 3.0, ConcentrationMetrics.topShare(new double[] {0, 0, 0}, 2), TOLERANCE);
    }

    @Test
    void nakamotoNeedsStrictlyMoreThanTheThreshold() {
        // each holds exactly .5: one holder is not > .5, so two are needed
        assertEquals(2, ConcentrationMetrics.of(new double[] {50, 50}).nakamoto());
        assertEquals(2, ConcentrationMetrics.of(new double[] {50, 50}, 0.5).nakamoto());
    }

    @ParameterizedTest
    @CsvSource({
        // shares .5, .3, .2; cumulative from the top .5, .8, 1.0
        "0.0,  1", // .5 > 0
        "0.49, 1", // .5 > .49
        "0.5,  2", // .5 is not > .5; .8 is
        "0.79, 2", // .8 > .79
        "0.8,  3", // .8 is not > .8; 1.0 is
        "0.99, 3",
    })
    void nakamotoFollowsTheConfiguredThreshold(double threshold, int expected) {
        Concentration c = ConcentrationMetrics.of(new double[] {20, 50, 30}, threshold);

        assertEquals(expected, c.nakamoto());
        assertEquals(threshold, c.nakamotoThreshold());
    }

    @Test
    void topShareOfMoreHoldersThanThereAreIsTheWhole() {
        double[] values = {1, 2, 3, 4, 10};

        // descending 10, 4, 3, 2, 1 of 20: cumulative .5, .7, .85, .95, 1
        assertEquals(0.5, ConcentrationMetrics.topShare(values, 1), TOLERANCE);
        assertEquals(0.7, ConcentrationMetrics.topShare(values, 2), TOLERANCE);
        assertEquals(0.95, ConcentrationMetrics.topShare(values, 4), TOLERANCE);
        assertEquals(1.0, ConcentrationMetrics.topShare(values, 5));
        assertEquals(1.0, ConcentrationMetrics.topShare(values, 6));
    }

    @Test
    void topPercentShareTakesTheCeilingOfTheFractionOfHolders() {
        // 1..100, total 5050; the top p*100 holders are 100, 99, ...
        double[] values = new double[100];
        Arrays.setAll(values, i -> i + 1);

        // p = .07: 7 holders (0.07 * 100 is 7.000000000000001 in binary; not 8), 100+..+94 = 679
        assertEquals(679 / 5050.0, ConcentrationMetrics.topPercentShare(values, 0.07), TOLERANCE);
        // p = .005: ceil(.5) = 1 holder, 100
        assertEquals(100 / 5050.0, ConcentrationMetrics.topPercentShare(values, 0.005), TOLERANCE);
        // p = .011: ceil(1.1) = 2 holders, 199
        assertEquals(199 / 5050.0, ConcentrationMetrics.topPercentShare(values, 0.011), TOLERANCE);
        // a p so small that p n rounds to 0 still takes 1 holder
        assertEquals(100 / 5050.0, ConcentrationMetrics.topPercentShare(values, Double.MIN_VALUE), TOLERANCE);
        assertEquals(1.0, ConcentrationMetrics.topPercentShare(values, 1.0));
    }

    @Test
    void topPercentFieldsTakeOneAndTenPercentOfHolders() {
        // 1..1000 ascending: the top 1% is 10 holders 991..1000 (sum 9955), the top 10% is
        // 100 holders 901..1000 (sum 95050), of 500500
        double[] values = new double[1000];
        Arrays.setAll(values, i -> i + 1);

        Concentration c = ConcentrationMetrics.of(values);

        assertEquals(9955 / 500500.0, c.top1PctShare(), TOLERANCE);
        assertEquals(95050 / 500500.0, c.top10PctShare(), TOLERANCE);
        assertEquals(c.top10Share(), c.top1PctShare());
    }
}
