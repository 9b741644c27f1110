/**
 * The token economy run at every epoch end: the protocol side of a run.
 *
 * <p>{@link Protocol} is an {@code EpochObserver} of the network model: it slashes stake for
 * faults, splits the epoch's emission among identities by the reward rule, vests, sells into the
 * market, burns the protocol's take of fees and steps the price ({@link PriceModel}); it books each
 * operator's rewards and fiat profit ({@code OperatorAccounts}) and, as configured, lets operators
 * enter, exit, shrink or expand ({@link OperatorDecisions}, {@link Decisions}) and split into
 * identities ({@link SybilSplitting}, {@link SybilAdvisor}, {@link Identities}); it restakes a share of
 * rewards ({@link Restaking}), lets each node's reputation follow its outcomes ({@link ReputationRule},
 * {@link BetaReputation}) and hands matching the stake bonded now and the reputations that moved.
 * Outsiders trade with a pool every epoch ({@link OutsideFlows}, {@link OutsideTrading},
 * {@link OutsideFlowEpoch}); potential entrants arrive and enter on expected return
 * ({@code EntryProcess}, {@link EntryExit}).
 * {@link ProtocolConfig} is its configuration; {@link ProtocolResult} its result: per-epoch
 * {@link ProtocolEpoch}s, per-operator {@link OperatorLedger}s and {@link OperatorStandings}, with
 * concentration figures apparent (per identity) and true (per operator) from
 * {@link ConcentrationSeries}. Allocation holders are stakeholders tracked like operators
 * ({@code Stakeholders}: {@link HolderLedger}, {@link HolderEpoch}); every group's share of the value
 * distributed is a {@link ValueCaptureSeries}, and token wealth over all holders, insiders included,
 * a {@link WealthConcentration} per epoch ({@code TokenWealth}).
 *
 * <p>The package imports the JDK, Commons Math 3, the {@code tokenomics} library and the
 * simulator's {@code engine} and {@code network} (the population and the epoch seam); never
 * {@code model}, which runs it.
 */
package org.depinlab.simulator.protocol;
