package org.depinlab.simulator.protocol;

/**
 * What the protocol paid for work not done and what it did to the nodes it caught, over a run.
 *
 * @param rewardsUsd         rewards paid, at the epoch's opening price
 * @param unrunRewardsUsd    of those, the share paid for claimed work a node did not run (each
 *                           operator's rewards x its unrun share of its claimed work GPU-seconds)
 * @param fraudSlashedTokens stake slashed (burned) for fraud
 * @param falseSlashes       slashes of nodes whose flags were all false (an honest result failed)
 * @param falseSlashTokens   tokens of those slashes
 * @param ejections          nodes taken out of service for fraud
 * @param checksProtocolUsd  fees of checks and redundant copies the protocol paid from its take
 * @param checksUnfundedUsd  fees of checks and copies the protocol owed beyond its take
 */
public record FraudOutcome(double rewardsUsd, double unrunRewardsUsd, double fraudSlashedTokens, long falseSlashes,
                           double falseSlashTokens, long ejections, double checksProtocolUsd,
                           double checksUnfundedUsd) {
}
