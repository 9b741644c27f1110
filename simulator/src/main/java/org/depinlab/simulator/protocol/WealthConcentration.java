package org.depinlab.simulator.protocol;

/**
 * The concentration of token wealth at the end of one epoch over everyone who holds tokens: each
 * operator (liquid tokens of its identities plus stake bonded or unbonding at its nodes) and each
 * allocation holder (its held tokens). The protocol's treasury (tokens not yet anyone's), the AMM's
 * pool and its market maker are left out; holders with no tokens are not counted. NaN (0 for counts)
 * when nobody holds tokens.
 *
 * @param holders            holders with tokens, operators and allocation holders
 * @param giniAllHolders     Gini of token wealth over them
 * @param nakamotoAllHolders fewest of them holding a majority of the tokens held
 * @param top10ShareAllHolders share of the largest 10 of them
 * @param giniOperators      Gini of token wealth over the operators with tokens alone
 */
public record WealthConcentration(int holders, double giniAllHolders, int nakamotoAllHolders,
                                  double top10ShareAllHolders, double giniOperators) {

    static final WealthConcentration NONE = new WealthConcentration(0, Double.NaN, 0, Double.NaN, Double.NaN);
}
