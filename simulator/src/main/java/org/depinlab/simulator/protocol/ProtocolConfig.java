package org.depinlab.simulator.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.depinlab.tokenomics.emission.EmissionSchedule;
import org.depinlab.tokenomics.reward.RewardRule;
import org.depinlab.tokenomics.vesting.Grant;

/**
 * The token incentive scheme run at every epoch.
 *
 * @param emission             tokens minted per epoch
 * @param rewardRule           how an epoch's emission is split among identities
 * @param work                 what counts as an identity's work: GPU-seconds or FLOP of completed jobs
 * @param feeTakeRate          protocol's share of every job fee
 * @param burnAndMint          true: the protocol's take buys tokens and burns them (BME)
 * @param price                token price model
 * @param genesisTokens        supply at genesis besides the operators' initial stake (to the treasury,
 *                             from which the allocations vest and an AMM is seeded)
 * @param allocations          genesis allocations (team, investors, community) with cliffs and vesting
 * @param slashFractionPerFault share of a node's stake slashed (burned) per fault it caused (a failure
 *                             or an outage that took it offline, however many jobs it interrupted)
 * @param maxSlashSharePerEpoch the most of a node's stake slashed in one epoch, whatever its faults
 * @param unbondingEpochs      delay before unbonded stake is free
 * @param sellShare            share of newly received tokens (rewards, vested) sold at once
 * @param amortizationEpochs   epochs over which hardware is written off
 * @param decisions            operators entering, expanding, shrinking, exiting; empty = a fixed network
 * @param sybil                Sybil splitting; empty = one identity per operator
 * @param capitalCostRatePerYear annual rate charged on the market value of operators' stake and the
 *                             book value of their hardware (the opportunity cost of capital); 0 = none
 * @param reputation           reputation that follows outcomes; empty = each node keeps its drawn one
 * @param restakeShare         share of rewards bonded back as stake at once (before {@code sellShare}
 *                             applies to the rest)
 * @param devices              device weighting of the identities' capacity, for a capacity rule
 *                             ({@code device_weighted}); empty = capacity not measured
 * @param fees                 fees burned and the take paid to stakers besides the take rate
 * @param spoofing             operators claiming capacity or uptime they lack, and the challenges against
 *                             them (the scenario's {@code adversaries}); empty = every claim is true
 */
public record ProtocolConfig(EmissionSchedule emission, RewardRule rewardRule, WorkMeasure work, double feeTakeRate, boolean burnAndMint,
                             PriceModel price, double genesisTokens, List<Grant> allocations,
                             double slashFractionPerFault, double maxSlashSharePerEpoch, int unbondingEpochs, double sellShare,
                             double amortizationEpochs, Optional<OperatorDecisions> decisions,
                             Optional<SybilSplitting> sybil, double capitalCostRatePerYear,
                             Optional<ReputationRule> reputation, double restakeShare,
                             Optional<DeviceWeights> devices, FeePolicy fees, Optional<Spoofing> spoofing) {

    /**
     * Default bound on the stake slashed from a node in one epoch: a run of honest failures within
     * one epoch costs at most a tenth of its stake.
     */
    public static final double DEFAULT_MAX_SLASH_SHARE_PER_EPOCH = 0.1;

    /** The unit of verified work. */
    public enum WorkMeasure {
        /** GPU-seconds of completed jobs (GPU-hours / 3600): what a trace replay knows. */
        GPU_SECONDS,
        /** FLOP of completed jobs (jobs described by their work). */
        FLOP
    }

    /** A scheme without a capital cost, whose reputations stay as drawn and whose operators restake nothing. */
    public ProtocolConfig(EmissionSchedule emission, RewardRule rewardRule, WorkMeasure work, double feeTakeRate,
                          boolean burnAndMint, PriceModel price, double genesisTokens, List<Grant> allocations,
                          double slashFractionPerFault, double maxSlashSharePerEpoch, int unbondingEpochs,
                          double sellShare, double amortizationEpochs, Optional<OperatorDecisions> decisions,
                          Optional<SybilSplitting> sybil) {
        this(emission, rewardRule, work, feeTakeRate, burnAndMint, price, genesisTokens, allocations,
                slashFractionPerFault, maxSlashSharePerEpoch, unbondingEpochs, sellShare, amortizationEpochs, decisions,
                sybil, 0, Optional.empty(), 0, Optional.empty(), FeePolicy.NONE);
    }

    /** A scheme that measures no capacity (no rule reads it) and whose fees go to the operator and the take only. */
    public ProtocolConfig(EmissionSchedule emission, RewardRule rewardRule, WorkMeasure work, double feeTakeRate,
                          boolean burnAndMint, PriceModel price, double genesisTokens, List<Grant> allocations,
                          double slashFractionPerFault, double maxSlashSharePerEpoch, int unbondingEpochs,
                          double sellShare, double amortizationEpochs, Optional<OperatorDecisions> decisions,
                          Optional<SybilSplitting> sybil, double capitalCostRatePerYear,
                          Optional<ReputationRule> reputation, double restakeShare) {
        this(emission, rewardRule, work, feeTakeRate, burnAndMint, price, genesisTokens, allocations,
                slashFractionPerFault, maxSlashSharePerEpoch, unbondingEpochs, sellShare, amortizationEpochs, decisions,
                sybil, capitalCostRatePerYear, reputation, restakeShare, Optional.empty(), FeePolicy.NONE);
    }

    /** A scheme whose claims are all true. */
    public ProtocolConfig(EmissionSchedule emission, RewardRule rewardRule, WorkMeasure work, double feeTakeRate,
                          boolean burnAndMint, PriceModel price, double genesisTokens, List<Grant> allocations,
                          double slashFractionPerFault, double maxSlashSharePerEpoch, int unbondingEpochs,
                          double sellShare, double amortizationEpochs, Optional<OperatorDecisions> decisions,
                          Optional<SybilSplitting> sybil, double capitalCostRatePerYear,
                          Optional<ReputationRule> reputation, double restakeShare, Optional<DeviceWeights> devices,
                          FeePolicy fees) {
        this(emission, rewardRule, work, feeTakeRate, burnAndMint, price, genesisTokens, allocations,
                slashFractionPerFault, maxSlashSharePerEpoch, unbondingEpochs, sellShare, amortizationEpochs, decisions,
                sybil, capitalCostRatePerYear, reputation, restakeShare, devices, fees, Optional.empty());
    }

    /** This scheme with {@code spoofing}. */
    public ProtocolConfig withSpoofing(Optional<Spoofing> spoofing) {
        return new ProtocolConfig(emission, rewardRule, work, feeTakeRate, burnAndMint, price, genesisTokens,
                allocations, slashFractionPerFault, maxSlashSharePerEpoch, unbondingEpochs, sellShare,
                amortizationEpochs, decisions, sybil, capitalCostRatePerYear, reputation, restakeShare, devices, fees,
                spoofing);
    }

    public ProtocolConfig {
        Objects.requireNonNull(spoofing, "spoofing (empty when every claim is true)");
        if (work == null) {
            throw new IllegalArgumentException("name the work measure (GPU_SECONDS or FLOP)");
        }
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
        Objects.requireNonNull(decisions, "decisions (empty for a fixed network)");
        Objects.requireNonNull(sybil, "sybil (empty for one identity per operator)");
        Objects.requireNonNull(reputation, "reputation (empty for reputations as drawn)");
        Objects.requireNonNull(devices, "devices (empty when no rule reads capacity)");
        if (!(restakeShare >= 0 && restakeShare <= 1)) {
            throw new IllegalArgumentException("restake share must be in [0, 1], got " + restakeShare);
        }
        if (!(feeTakeRate >= 0 && feeTakeRate < 1)) {
            throw new IllegalArgumentException("fee take rate must be in [0, 1), got " + feeTakeRate);
        }
        Objects.requireNonNull(fees, "fees (FeePolicy.NONE for none)");
        if (feeTakeRate + fees.burnShare() > 1) {
            throw new IllegalArgumentException("fee_take_rate + fee_burn_share is " + (feeTakeRate + fees.burnShare())
                    + " (allowed: at most 1; every fee is split among the take, the burn and the operator)");
        }
        if (fees.takeToStakers() && burnAndMint) {
            throw new IllegalArgumentException("take_to_stakers cannot be combined with burn_and_mint (the take is"
                    + " either paid to stakers or burned; allowed: one of them)");
        }
        if (!(slashFractionPerFault >= 0 && slashFractionPerFault <= 1)) {
            throw new IllegalArgumentException("slash fraction must be in [0, 1], got " + slashFractionPerFault);
        }
        if (!(maxSlashSharePerEpoch >= 0 && maxSlashSharePerEpoch <= 1)) {
            throw new IllegalArgumentException("max slash share per epoch must be in [0, 1], got "
                    + maxSlashSharePerEpoch);
        }
        if (!(sellShare >= 0 && sellShare <= 1)) {
            throw new IllegalArgumentException("sell share must be in [0, 1], got " + sellShare);
        }
        if (!(amortizationEpochs > 0)) {
            throw new IllegalArgumentException("amortization must be > 0 epochs, got " + amortizationEpochs);
        }
        if (!(genesisTokens >= 0)) {
            throw new IllegalArgumentException("genesis tokens must be >= 0, got " + genesisTokens);
        }
        if (!(capitalCostRatePerYear >= 0 && capitalCostRatePerYear <= 1)) {
            throw new IllegalArgumentException("capital cost rate must be in [0, 1] per year, got "
                    + capitalCostRatePerYear);
        }
        if (unbondingEpochs < 0) {
            throw new IllegalArgumentException("unbonding epochs must be >= 0, got " + unbondingEpochs);
        }
    }
}
