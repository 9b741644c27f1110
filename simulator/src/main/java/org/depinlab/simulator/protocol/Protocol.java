package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.depinlab.simulator.adversary.CheckPayer;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.EpochObserver;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.OperatorDraw;
import org.depinlab.tokenomics.payments.FeeSplit;
import org.depinlab.tokenomics.price.TokenMarket;
import org.depinlab.tokenomics.reward.Contributions;
import org.depinlab.tokenomics.staking.StakeBook;
import org.depinlab.tokenomics.ledger.TokenLedger;
import org.depinlab.tokenomics.vesting.VestingSchedule;

/**
 * The protocol epoch: at the end of every epoch of the network model, slashing for faults, the
 * emission split among identities by the reward rule, restaking a share of rewards, then selling a
 * share of the rest, vesting releases to the allocation holders (tracked with the value every
 * stakeholder group captures by {@link Stakeholders}), sales into the market, the protocol's take
 * (burned under burn-and-mint), the price step, each operator's accounts (see
 * {@link OperatorAccounts}), their decisions and Sybil splits, and the epoch's concentration figures
 * (token wealth over all holders by {@link TokenWealth}). Last, reputations follow the epoch's
 * outcomes (when configured) and matching is told each node's bonded stake where it moved.
 *
 * <p>Prices in the accounts: slashed stake is valued at the price when it is slashed (the epoch's
 * opening price); rewards sold are realised at the average price the market paid for all of the
 * epoch's reward sales (the USD received / the tokens sold: the price itself under an exogenous
 * price, below it by the sales' slippage in a pool; one average, so the order in which identities
 * sell inside an epoch favours none); tokens held (restaked ones included) are marked at the
 * epoch's closing price.
 *
 * <p>Ledger accounts: one per identity slot, then the staking escrow, the market maker that seeds
 * and trades with the pool, then one per allocation holder, then outsiders' (with outside flows,
 * holding their float from genesis). At genesis the treasury holds the
 * genesis tokens plus every node's stake; the stake moves into the escrow, bonded per node. Entrants
 * buy their stake on the token market; exited operators sell theirs there once released. After
 * every epoch the ledger checks supply = genesis + minted − burned = Σ balances + treasury + pool.
 */
public final class Protocol implements EpochObserver {

    private static final double SECONDS_PER_YEAR = 365 * 86_400.0;

    private final ProtocolConfig config;
    private final Network network;
    private final Identities identities;
    private final TokenLedger ledger;
    private final StakeBook stakes;
    private final TokenMarket market;
    private final FeeSplit feeSplit;
    private final VestingSchedule vesting;
    private final OperatorAccounts book;
    private final HardwareBook hardware;
    /** The price held tokens were last marked at. */
    private double markUsd;
    /** Operators' decisions; null for a fixed network. */
    private final Decisions decisions;
    /** Potential entrants; null without entry. */
    private final EntryProcess entry;
    /** Sybil splitting; null for one identity per operator. */
    private final SybilAdvisor sybil;
    /** Span of the moving average of operators' margins. */
    private final int windowEpochs;
    private final ConcentrationSeries series;
    /** Reputation that follows outcomes; null when reputations stay as drawn. */
    private final BetaReputation reputation;
    private final Restaking restaking;
    private final Stakeholders stakeholders;
    private final TokenWealth wealth;
    private final int escrow;
    private final int marketMaker;
    private final int firstHolder;
    private final double[] rewards;
    private final boolean[] unbonded;
    private final List<ProtocolEpoch> epochs = new ArrayList<>();
    /** Cumulative rewards and profit per operator after every epoch, for standings in time. */
    private final List<double[][]> history = new ArrayList<>();
    private final Minting minting;
    /** Pays the take to stakers; null unless take_to_stakers. */
    private final StakerTake stakerTake;
    private double feesBurnedUsd;
    private double stakingIncomeUsd;
    /** Outsiders trading with the pool; null for none. */
    private final OutsideTrading outside;
    /** Spoofed claims and challenges; null when every claim is true. */
    private final SpoofingAudit spoofing;
    /** Fraud flags and cheating decisions, the penalties and rational cheaters; null without adversaries. */
    private final FraudBoard fraudBoard;
    private final FraudPenalties fraud;
    /** Pays checks from the take; null unless checks_paid_by is protocol. */
    private final ProtocolPaidChecks paidChecks;
    private final RationalCheaters rationalCheaters;

    /**
     * @param marketStream the random stream of the token market's price
     */
    public Protocol(ProtocolConfig config, Network network, RandomStream marketStream) {
        this(config, network, marketStream, null, Optional.empty());
    }

    /**
     * @param marketStream      the random stream of the token market's price
     * @param outsideFlowStream the random stream of outsiders' flows ({@code "outside-flow"}); needed
     *                          only when the price model has them
     * @param entrants          draws potential entrants (stream {@code "entry"}); empty without entry
     */
    public Protocol(ProtocolConfig config, Network network, RandomStream marketStream,
                    RandomStream outsideFlowStream, Optional<OperatorDraw> entrants) {
        this(config, network, marketStream, outsideFlowStream, entrants, Optional.empty(), null);
    }

    /**
     * As {@link #Protocol(ProtocolConfig, Network, RandomStream, RandomStream, Optional)}, with the
     * model's fraud seam (flagged nodes are penalized by {@link FraudPenalties} and rational cheaters
     * decide at every epoch end) and {@code spoofing} auditing the claims of the scheme's spoofers
     * (null when every claim is true; a node failing a challenge is penalized as a fraud too).
     */
    public Protocol(ProtocolConfig config, Network network, RandomStream marketStream,
                    RandomStream outsideFlowStream, Optional<OperatorDraw> entrants, Optional<FraudBoard> fraudBoard,
                    SpoofingAudit spoofing) {
        this.config = config;
        this.network = network;
        this.spoofing = spoofing;
        this.identities = new Identities(network, config.sybil().map(SybilSplitting::maxIdentities).orElse(1),
                config.devices(), spoofing == null ? null : spoofing.claims());
        int slots = identities.slots();
        escrow = slots;
        marketMaker = slots + 1;
        firstHolder = slots + 2;
        vesting = new VestingSchedule(config.allocations());
        double stake = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            stake += network.stakeTokens[n];
        }
        this.market = config.price().create(marketStream);
        this.feeSplit = new FeeSplit(config.feeTakeRate(), config.fees().burnShare());
        this.minting = new Minting(config.emission(), network);
        double poolSeed = config.price().poolTokens() + config.price().outsideFlows().map(OutsideFlows::floatTokens)
                .orElse(0.0);
        if (config.genesisTokens() < vesting.total() + poolSeed) {
            throw new IllegalArgumentException("genesis tokens " + config.genesisTokens()
                    + " cannot cover the allocations (" + vesting.total() + ") and the pool's tokens (" + poolSeed + ")");
        }
        int outsiders = firstHolder + vesting.holders().size();
        ledger = new TokenLedger(outsiders + (config.price().outsideFlows().isPresent() ? 1 : 0),
                config.genesisTokens() + stake);
        stakes = new StakeBook(network.nodeCount(), config.unbondingEpochs());
        // one transfer of the sum that was added, so rounding cannot leave the treasury short
        if (stake > 0) {
            ledger.treasuryTo(escrow, stake);
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            if (network.stakeTokens[n] > 0) {
                stakes.bond(n, network.stakeTokens[n]);
            }
        }
        if (config.price().poolTokens() > 0) {
            ledger.treasuryTo(marketMaker, config.price().poolTokens());
            ledger.toPool(marketMaker, config.price().poolTokens());
        }
        outside = config.price().outsideFlows().map(flows -> {
            ledger.treasuryTo(outsiders, flows.floatTokens());
            return new OutsideTrading(flows, outsiders, Objects.requireNonNull(outsideFlowStream,
                    "outside flow stream"));
        }).orElse(null);
        rewards = new double[slots];
        unbonded = new boolean[network.operatorCapacity()];
        book = new OperatorAccounts(network, config.decisions().map(OperatorDecisions::initialCashShare).orElse(0.0));
        hardware = new HardwareBook(network, config.amortizationEpochs());
        markUsd = market.price();
        decisions = config.decisions().map(d -> new Decisions(d, network, book)).orElse(null);
        sybil = config.sybil().map(s -> new SybilAdvisor(s, config.rewardRule(), identities)).orElse(null);
        windowEpochs = config.decisions().map(OperatorDecisions::windowEpochs).orElse(1);
        entry = entrants.map(draw -> new EntryProcess(draw, network, book,
                config.decisions().map(OperatorDecisions::initialCashShare).orElse(0.0), windowEpochs)).orElse(null);
        series = new ConcentrationSeries(network, identities, book);
        reputation = config.reputation().map(rule -> new BetaReputation(rule, network)).orElse(null);
        stakerTake = config.fees().takeToStakers() ? new StakerTake(network, stakes, book) : null;
        restaking = new Restaking(config.restakeShare(), network, identities, ledger, stakes, escrow);
        stakeholders = new Stakeholders(vesting.holders(), config.allocations(), network, book);
        wealth = new TokenWealth(network, identities, ledger, stakes, firstHolder, vesting.holders().size());
        this.fraudBoard = fraudBoard.orElse(null);
        fraud = fraudBoard.map(b -> new FraudPenalties(b.config().penalties(), network, stakes, ledger, escrow, book))
                .orElse(null);
        rationalCheaters = fraudBoard.filter(b -> b.config().rational())
                .map(b -> new RationalCheaters(b.config().penalties(), network, stakes, book)).orElse(null);
        paidChecks = fraudBoard.filter(b -> b.config().verification().checksPaidBy() == CheckPayer.PROTOCOL)
                .map(ProtocolPaidChecks::new).orElse(null);
    }

    @Override
    public void epochEnded(int epoch, NodeEpochs nodes, NetworkControl control) {
        double supplyBefore = ledger.supply();
        double mintedBefore = ledger.minted();
        double burnedBefore = ledger.burned();
        double usd = market.price();
        book.clearEpoch();

        double slashed = slash(nodes, usd);
        if (fraud != null) {
            fraud.readmit(epoch, control);
            fraud.penalizeFlagged(fraudBoard, epoch, usd, control);
        }
        if (spoofing != null) {
            spoofing.challenge(epoch, nodes, book);
            if (fraud != null) {
                fraud.penalizeChallenged(spoofing, epoch, usd, control);
            }
        }
        Contributions contributions = identities.aggregate(nodes, stakes, config.work());
        double emission = minting.next(epoch, nodes);
        double unallocated = config.rewardRule().allocate(emission, contributions, rewards);
        if (spoofing != null) {
            spoofing.record(epoch, nodes, config.rewardRule(), emission, contributions, rewards, identities, usd);
        }
        double paid = 0;
        double proceeds = 0;
        double sold = 0;
        for (int i = 0; i < rewards.length; i++) {
            if (rewards[i] > 0) {
                ledger.mint(i, rewards[i]);
                int owner = identities.owner(i);
                book.rewardTokens[owner] += rewards[i];
                paid += rewards[i];
                double tokens = (rewards[i] - restaking.restake(i, rewards[i])) * config.sellShare();
                book.soldTokens[owner] += tokens;
                sold += tokens;
                proceeds += sell(i, tokens);
            }
        }
        double salePrice = sold > 0 ? proceeds / sold : 0;
        for (int o = 0; o < network.operatorCount(); o++) {
            book.realisedUsd[o] = book.soldTokens[o] * salePrice;
        }
        if (unallocated > 0) {
            ledger.mintToTreasury(unallocated);
        }
        if (fraud != null) {
            fraud.paid(nodes, usd);
        }
        releaseVested(epoch, usd);
        payFees(nodes);
        chargeCosts(nodes, usd);
        if (outside != null) {
            outside.trade(epoch, market, ledger);
        }
        market.endEpoch(epoch);
        double closing = market.price();
        book.markToMarket(markUsd, closing);
        markUsd = closing;

        Decisions.Outcome moves = Decisions.Outcome.NONE;
        EntryProcess.Outcome entered = EntryProcess.Outcome.NONE;
        for (int o = 0; o < network.operatorCount(); o++) {
            if (network.nodesInService(o) > 0 || book.rewardTokens[o] > 0 || book.feesUsd[o] > 0
                    || book.stakingIncomeUsd[o] > 0 || book.slashedTokens[o] > 0) {
                book.close(o, windowEpochs, closing);
            }
        }
        stakeholders.close(epoch, usd, closing);
        series.record(rewards);
        double[] cumulativeProfit = new double[network.operatorCount()];
        for (int o = 0; o < cumulativeProfit.length; o++) {
            cumulativeProfit[o] = book.totalProfit(o);
        }
        history.add(new double[][] {java.util.Arrays.copyOf(book.totalRewardTokens, cumulativeProfit.length),
                cumulativeProfit});
        if (decisions != null) {
            moves = decisions.decide(control);
            unbondExited(epoch);
        }
        if (entry != null) {
            entry.observe(nodes);
            entered = entry.arrive((nodes.end() - nodes.start()) / 3600, market, control, this::buyStake);
        }
        if (sybil != null && sybil.due(epoch)) {
            sybil.review(contributions, emission, rewards, usd, network);
        }
        if (reputation != null) {
            reputation.update(nodes, control);
            if (fraud != null) {
                fraud.resetReputations(fraudBoard, spoofing, reputation, control);
            }
        }
        if (rationalCheaters != null) {
            rationalCheaters.decide(fraudBoard, nodes, closing);
        }
        matchStake(control);
        ledger.checkConservation();
        double minted = ledger.minted() - mintedBefore;
        epochs.add(series.epoch(epoch, ledger.supply(), minted, ledger.burned() - burnedBefore,
                supplyBefore > 0 ? minted / supplyBefore : 0, closing, ledger.treasury(), paid, entered.entries(),
                moves.exits(), slashed, wealth.measure(), EntryExit.of(network, entered.declined(), entered.refused(),
                        moves.expansions())));
    }

    /** The series so far and each operator's ledger. */
    public ProtocolResult result() {
        List<OperatorLedger> operators = new ArrayList<>(network.operatorCount());
        for (int o = 0; o < network.operatorCount(); o++) {
            operators.add(new OperatorLedger(network.operatorName[o],
                    network.operatorClasses.get(network.operatorClass[o]), identities.count(o), book.epochsActive[o],
                    book.totalRewardTokens[o], book.totalSoldTokens[o], book.totalRealisedUsd[o], book.heldTokens[o],
                    book.unrealisedUsd[o], book.totalHoldingGainUsd[o], book.totalFeesUsd[o],
                    book.totalElectricityUsd[o], book.totalIdentityCostUsd[o], book.totalCapexUsd[o],
                    book.totalWriteOffUsd[o], book.totalSlashedTokens[o], book.totalSlashedUsd[o],
                    book.totalCapitalCostUsd[o], book.stakeBoughtUsd[o], book.stakeSoldUsd[o],
                    book.totalOperatingProfitUsd[o], book.totalFullCostProfitUsd[o],
                    book.totalProfit(o), network.nodesInService(o) > 0));
        }
        List<OperatorStandings> standings = new ArrayList<>();
        int n = history.size();
        for (int index : new java.util.TreeSet<>(List.of(n / 3 - 1, 2 * n / 3 - 1, n - 1))) {
            if (index >= 0) {
                double[][] state = history.get(index);
                standings.add(new OperatorStandings(index, java.util.Arrays.stream(state[0]).boxed().toList(),
                        java.util.Arrays.stream(state[1]).boxed().toList()));
            }
        }
        return new ProtocolResult(epochs, operators, standings, outside == null ? List.of() : outside.epochs(),
                stakeholders.holders(), stakeholders.holderEpochs(), stakeholders.valueCapture(),
                network.operatorClasses, mintAndBurn(), Optional.ofNullable(spoofing).map(SpoofingAudit::result),
                Optional.ofNullable(fraud).map(f -> f.outcome(paidChecks)));
    }

    /** The figures of the emission and fee mechanisms that are on; empty when none is. */
    private Optional<MintAndBurn> mintAndBurn() {
        if (!minting.contingent() && !config.fees().active()) {
            return Optional.empty();
        }
        return Optional.of(new MintAndBurn(config.fees().burnShare() > 0 ? feesBurnedUsd : Double.NaN,
                stakerTake != null ? stakingIncomeUsd : Double.NaN, minting.effectiveTime()));
    }

    /** The operators' working accounts (tests read their margins). */
    OperatorAccounts accounts() {
        return book;
    }

    /** The token ledger (read it; the protocol writes it). */
    public TokenLedger ledger() {
        return ledger;
    }

    /** The stake per node (read it; the protocol writes it). */
    public StakeBook stakes() {
        return stakes;
    }

    /**
     * An entrant buys the stake its nodes bond on the token market (a pool's price rises with the
     * purchase) and bonds it per node in proportion to each node's drawn stake. The tokens leave the
     * pool's holdings; what an exogenous market sells beyond them comes from the treasury, as far as it
     * holds tokens.
     */
    private void buyStake(int o) {
        int first = network.firstNode[o];
        int end = first + network.nodeCount[o];
        double wanted = 0;
        for (int n = first; n < end; n++) {
            wanted += network.stakeTokens[n];
        }
        if (wanted <= 0) {
            return;
        }
        double usd = market.costToBuy(wanted);
        double bought = market.buy(usd);
        double fromPool = Math.min(bought, ledger.pool());
        if (fromPool > 0) {
            ledger.fromPool(escrow, fromPool);
        }
        double fromTreasury = Math.min(bought - fromPool, ledger.treasury());
        if (fromTreasury > 0) {
            ledger.treasuryTo(escrow, fromTreasury);
        }
        book.stakeBoughtUsd[o] += usd;
        double share = (fromPool + fromTreasury) / wanted;
        for (int n = first; n < end; n++) {
            double tokens = network.stakeTokens[n] * share;
            if (tokens > 0) {
                stakes.bond(n, tokens);
            }
        }
    }

    /**
     * Slashes each node's stake by 1 − (1 − fraction)^faults, at most the epoch's bound, and burns
     * it from the escrow; the operator loses the tokens at {@code usd} each.
     */
    private double slash(NodeEpochs nodes, double usd) {
        double total = 0;
        if (config.slashFractionPerFault() == 0) {
            return 0;
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            int faults = nodes.faults(n);
            if (faults > 0) {
                double share = Math.min(1 - Math.pow(1 - config.slashFractionPerFault(), faults),
                        config.maxSlashSharePerEpoch());
                double amount = stakes.slash(n, share);
                if (amount > 0) {
                    ledger.burn(escrow, amount);
                    book.slashedTokens[network.operator[n]] += amount;
                    book.slashedUsd[network.operator[n]] += amount * usd;
                    total += amount;
                }
            }
        }
        return total;
    }

    /**
     * Operators that exited ask for their stake back; it stays slashable while it unbonds and
     * returns to their identities' accounts once the unbonding delay has passed, and they sell it.
     */
    private void unbondExited(int epoch) {
        for (int o = 0; o < network.operatorCount(); o++) {
            if (book.exited[o] && !unbonded[o]) {
                unbonded[o] = true;
                for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                    if (stakes.bonded(n) > 0) {
                        stakes.requestUnbond(n, stakes.bonded(n), epoch);
                    }
                }
            }
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            if (stakes.unbonding(n) > 0) {
                double released = stakes.release(n, epoch);
                if (released > 0) {
                    ledger.transfer(escrow, identities.of(n), released);
                    book.stakeSoldUsd[network.operator[n]] += sell(identities.of(n), released);
                }
            }
        }
    }

    /** Matching weighs each node by the stake bonded now (after slashing, restaking, unbonding): tells it where that moved. */
    private void matchStake(NetworkControl control) {
        for (int n = 0; n < network.nodeCount(); n++) {
            double bonded = stakes.bonded(n);
            if (bonded != network.stakeTokens[n]) {
                control.setStake(n, bonded);
            }
        }
    }

    /** Sells {@code tokens} of account {@code account} into the market; returns the USD paid. */
    private double sell(int account, double tokens) {
        if (tokens <= 0) {
            return 0;
        }
        double usd = market.sell(tokens);
        ledger.toPool(account, tokens);
        return usd;
    }

    /** Releases the epoch's vested tokens to their holders, valued at {@code usd}, and sells their share. */
    private void releaseVested(int epoch, double usd) {
        List<String> holders = vesting.holders();
        for (int h = 0; h < holders.size(); h++) {
            double released = vesting.releasedIn(holders.get(h), epoch);
            if (released > 0) {
                ledger.treasuryTo(firstHolder + h, released);
                stakeholders.vest(h, released, usd);
                double sold = released * config.sellShare();
                stakeholders.sold(h, sold, sell(firstHolder + h, sold));
            }
        }
    }

    /**
     * Fees to operators after the take and the burn share; the burn share, and under burn-and-mint the
     * take, buy tokens that are burned; with take_to_stakers the take is paid to bonded stake.
     */
    private void payFees(NodeEpochs nodes) {
        double take = 0;
        double burn = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            double fee = nodes.feesUsd(n);
            if (paidChecks != null) {
                double checks = paidChecks.checkFeesUsd(n);
                book.feesUsd[network.operator[n]] += checks;
                fee -= checks;
            }
            if (fee > 0) {
                book.feesUsd[network.operator[n]] += feeSplit.toOperator(fee);
                take += feeSplit.toProtocol(fee);
                burn += feeSplit.toBurn(fee);
            }
        }
        if (paidChecks != null) {
            take = paidChecks.fund(take);
        }
        if (stakerTake != null) {
            stakingIncomeUsd += stakerTake.pay(take);
        }
        double burnUsd = burn + (config.burnAndMint() ? take : 0);
        if (burnUsd > 0) {
            feesBurnedUsd += burnUsd;
            double tokens = Math.min(market.buy(burnUsd), ledger.pool());
            if (tokens > 0) {
                ledger.fromPool(marketMaker, tokens);
                ledger.burn(marketMaker, tokens);
            }
        }
    }

    /**
     * Electricity of every joule drawn, at the site's PUE (facility energy = IT energy x PUE),
     * hardware bought and written off, the capital cost of stake (at {@code usd}) and hardware,
     * cost of extra identities.
     */
    private void chargeCosts(NodeEpochs nodes, double usd) {
        for (int n = 0; n < network.nodeCount(); n++) {
            int o = network.operator[n];
            book.electricityUsd[o] += nodes.energyJoules(n) / 3.6e6 * network.electricityUsdPerKwh[o] * network.pue[o];
        }
        double[] capital = new double[network.operatorCount()];
        hardware.charge(book, capital);
        if (config.capitalCostRatePerYear() > 0) {
            double rate = config.capitalCostRatePerYear() * (nodes.end() - nodes.start()) / SECONDS_PER_YEAR;
            for (int n = 0; n < network.nodeCount(); n++) {
                capital[network.operator[n]] += (stakes.bonded(n) + stakes.unbonding(n)) * usd;
            }
            for (int o = 0; o < capital.length; o++) {
                book.capitalCostUsd[o] = rate * capital[o];
            }
        }
        config.sybil().ifPresent(splitting -> {
            for (int o = 0; o < network.operatorCount(); o++) {
                book.identityCostUsd[o] = (identities.count(o) - 1) * splitting.costUsdPerIdentityEpoch();
            }
        });
    }
}
