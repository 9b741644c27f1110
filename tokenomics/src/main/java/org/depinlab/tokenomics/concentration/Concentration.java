package org.depinlab.tokenomics.concentration;

/**
 * The concentration of one distribution of holdings x_1..x_n (rewards, profits, stake), as computed
 * by {@link ConcentrationMetrics#of(double[], double)}.
 *
 * <p>Notation: n counts every holder, zeros included; S = sum x_i is the total; s_i = x_i / S is
 * the share of holder i; x_(1) ≤ ... ≤ x_(n) are the holdings sorted ascending. Every share and
 * index is invariant under permutation of the holders and under scaling all holdings by c > 0.
 *
 * <p>Zero-total convention: when every holding is zero (S = 0) each holder is taken to hold an equal
 * share s_i = 1/n, so no field is NaN: gini 0, hhi 1/n, theil 0, entropyBits log2 n, nakamoto the
 * smallest k with k/n > threshold, and top-k shares min(k, n)/n.
 *
 * @param n the number of holders, zeros included (n >= 1)
 * @param total S = sum x_i (0 only under the zero-total convention)
 * @param gini the population Gini coefficient, without small-sample correction:
 *     G = 2 sum_{i=1..n} i x_(i) / (n S) - (n + 1)/n, which equals the mean absolute difference
 *     sum_i sum_j |x_i - x_j| / (2 n^2 mean). In [0, (n-1)/n]: 0 when all hold the same, (n-1)/n
 *     when one holds everything among n
 * @param nakamoto the Nakamoto coefficient: the smallest k such that the largest k holders together
 *     hold a share STRICTLY greater than {@code nakamotoThreshold} (so {50, 50} at 0.5 gives 2). In
 *     [1, n]
 * @param nakamotoThreshold the threshold of {@code nakamoto}, in [0, 1); 0.5 by default
 * @param hhi the Herfindahl-Hirschman index on fractional shares, HHI = sum s_i^2, in [1/n, 1]
 *     (multiply by 10,000 for the antitrust points scale)
 * @param theil the Theil T index, natural log: T = (1/n) sum (x_i/mean) ln(x_i/mean)
 *     = sum s_i ln(n s_i), with 0 ln 0 = 0 for zero holdings. In [0, ln n]: 0 when all hold the
 *     same, ln n when one holds everything
 * @param entropyBits the Shannon entropy of the shares in bits, H = -sum s_i log2 s_i with
 *     0 log2 0 = 0; computed through the identity H = (ln n - T) / ln 2. In [0, log2 n]
 * @param top1Share the share of the largest holder
 * @param top5Share the combined share of the largest 5 holders (1 when n ≤ 5)
 * @param top10Share the combined share of the largest 10 holders (1 when n ≤ 10)
 * @param top1PctShare the combined share of the largest ceil(0.01 n) holders, at least 1
 * @param top10PctShare the combined share of the largest ceil(0.10 n) holders, at least 1
 */
public record Concentration(
        int n,
        double total,
        double gini,
        int nakamoto,
        double nakamotoThreshold,
        double hhi,
        double theil,
        double entropyBits,
        double top1Share,
        double top5Share,
        double top10Share,
        double top1PctShare,
        double top10PctShare) {
}
