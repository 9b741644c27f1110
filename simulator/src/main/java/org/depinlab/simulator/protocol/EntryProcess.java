package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.depinlab.simulator.network.EntryConfig;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.OperatorDraw;
import org.depinlab.tokenomics.price.TokenMarket;

/**
 * Potential entrants arriving per operator class (Poisson, stream {@code "entry"}), each drawn
 * when it arrives, entering when the return on its full cost clears its hurdle:
 * <pre>
 *   income/h = GPUs × (tokens per GPU-hour × price + fees per GPU-hour) − its electricity/h at its class's utilization
 *   enter ⇔ income/h × payback hours ≥ (capex + the USD that buys its stake now) × (1 + hurdle)
 * </pre>
 * The stake's cost is the market's quote, slippage included: an entrant whose stake a pool cannot
 * supply (its quote is infinite) declines, so entry never buys a pool dry.
 * Tokens, fees and utilization per GPU-hour are its class's: moving averages (over the decision
 * window) of the epoch's rewards and fees to the class's operators over the GPU-hours they had in
 * service, and of their completed GPU-seconds over those GPU-seconds; a class with nothing in
 * service yet is judged by the network's. One that does not clear it leaves (declined); one that
 * does but finds the pool full is refused. O(nodes + arrivals) an epoch; matching re-reads the
 * nodes (a sort) only in an epoch where someone entered.
 */
final class EntryProcess {

    private final OperatorDraw draw;
    private final EntryConfig entry;
    private final Network network;
    private final OperatorAccounts book;
    private final double initialCashShare;
    private final double alpha;
    /** Per class, then the network's at index {@code classes}: tokens and fees per GPU-hour, utilization. */
    private final double[] tokensPerGpuHour;
    private final double[] feesPerGpuHour;
    private final double[] utilization;
    private final boolean[] observed;

    EntryProcess(OperatorDraw draw, Network network, OperatorAccounts book, double initialCashShare, int window) {
        this.draw = draw;
        this.entry = draw.entry();
        this.network = network;
        this.book = book;
        this.initialCashShare = initialCashShare;
        this.alpha = 2.0 / (window + 1);
        int slots = network.operatorClasses.size() + 1;
        tokensPerGpuHour = new double[slots];
        feesPerGpuHour = new double[slots];
        utilization = new double[slots];
        observed = new boolean[slots];
    }

    /** Reads the epoch's income per GPU-hour in service of each class (after the accounts closed). */
    void observe(NodeEpochs nodes) {
        int classes = network.operatorClasses.size();
        double hours = (nodes.end() - nodes.start()) / 3600;
        double[] gpuHours = new double[classes + 1];
        double[] busyHours = new double[classes + 1];
        double[] tokens = new double[classes + 1];
        double[] fees = new double[classes + 1];
        for (int n = 0; n < network.nodesInUse(); n++) {
            if (network.active(n)) {
                int c = network.operatorClass[network.operator[n]];
                gpuHours[c] += network.gpus[n] * hours;
                busyHours[c] += nodes.workGpuSeconds(n) / 3600;
            }
        }
        for (int o = 0; o < network.operatorCount(); o++) {
            tokens[network.operatorClass[o]] += book.rewardTokens[o];
            fees[network.operatorClass[o]] += book.feesUsd[o];
        }
        for (int c = 0; c < classes; c++) {
            gpuHours[classes] += gpuHours[c];
            busyHours[classes] += busyHours[c];
            tokens[classes] += tokens[c];
            fees[classes] += fees[c];
        }
        for (int c = 0; c <= classes; c++) {
            if (gpuHours[c] > 0) {
                double a = observed[c] ? alpha : 1;
                tokensPerGpuHour[c] += a * (tokens[c] / gpuHours[c] - tokensPerGpuHour[c]);
                feesPerGpuHour[c] += a * (fees[c] / gpuHours[c] - feesPerGpuHour[c]);
                utilization[c] += a * (Math.min(1, busyHours[c] / gpuHours[c]) - utilization[c]);
                observed[c] = true;
            }
        }
    }

    /**
     * This epoch's potential entrants: each drawn, judged at the market's price and its cost of the
     * entrant's stake now (after the purchases of those before it), and admitted, declined or
     * refused; {@code admitted} hears of each operator that entered (before its nodes go in
     * service), to buy and bond its stake.
     */
    Outcome arrive(double hours, TokenMarket market, NetworkControl control, IntConsumer admitted) {
        int entries = 0;
        int declined = 0;
        int refused = 0;
        List<int[]> entered = new ArrayList<>();
        for (int c = 0; c < network.operatorClasses.size(); c++) {
            for (int k = draw.arrivals(c, hours); k > 0; k--) {
                int size = (int) Math.min(entry.maxNodes(), draw.size(c));
                OperatorDraw.Candidate candidate = draw.draw(c, size, draw.headroom(size));
                if (!clears(candidate, market)) {
                    declined++;
                } else if (!network.hasRoom(candidate.nodes())) {
                    refused++;
                } else {
                    int o = draw.admit(candidate);
                    book.forgetHistory(o);
                    book.openCash(network, o, initialCashShare);
                    admitted.accept(o);
                    entered.add(new int[] {o, size});
                    entries++;
                }
            }
        }
        if (!entered.isEmpty()) {
            control.reindex();
            for (int[] e : entered) {
                for (int n = network.firstNode[e[0]]; n < network.firstNode[e[0]] + e[1]; n++) {
                    control.activate(n);
                }
            }
        }
        return new Outcome(entries, declined, refused);
    }

    /** True when {@code candidate}'s expected income over the payback horizon covers its capital × (1 + hurdle). */
    boolean clears(OperatorDraw.Candidate candidate, TokenMarket market) {
        double priceUsd = market.price();
        int c = observed[candidate.operatorClass()] ? candidate.operatorClass() : network.operatorClasses.size();
        double gpus = candidate.gpusInService(draw.classes().get(candidate.operatorClass()).gpusPerNode());
        double incomePerHour = gpus * (tokensPerGpuHour[c] * priceUsd + feesPerGpuHour[c])
                - candidate.electricityUsdPerHour(utilization[c]);
        double capital = candidate.capexUsd() + market.costToBuy(candidate.stakeTokens());
        return incomePerHour > 0
                && incomePerHour * entry.paybackMonths() * EntryConfig.HOURS_PER_MONTH >= capital * (1 + entry.hurdleRate());
    }

    /**
     * What an epoch's entry did.
     *
     * @param entries  potential entrants that entered
     * @param declined potential entrants whose expected return did not clear their hurdle
     * @param refused  potential entrants that would have entered but found the pool full
     */
    record Outcome(int entries, int declined, int refused) {

        static final Outcome NONE = new Outcome(0, 0, 0);
    }
}
