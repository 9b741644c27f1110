package org.depinlab.simulator.network;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.workload.Distribution;

/**
 * Draws one operator of a class from its distributions on one random stream: its size, power
 * price and region, then per node its GPU model, ask, stake and reputation (in that order). The
 * population draws the initial operators with it (stream {@code "population"}); entry draws each
 * potential entrant with it when it arrives (stream {@code "entry"}), before it decides.
 */
public final class OperatorDraw {

    private static final double GB = 1e9;

    private final NetworkConfig config;
    private final Network network;
    private final List<OperatorClass> classes;
    private final RandomStream random;
    private final Distribution.Sampler[] size;
    private final Sampled[] sampled;

    /** Draws operators of {@code classes} (their models and regions already in {@code network}) from {@code random}. */
    public OperatorDraw(NetworkConfig config, Network network, List<OperatorClass> classes, GpuProfiles profiles,
                        RandomStream random) {
        this.config = config;
        this.network = network;
        this.classes = List.copyOf(classes);
        this.random = random;
        size = new Distribution.Sampler[classes.size()];
        sampled = new Sampled[classes.size()];
        Map<String, Integer> modelIndex = new java.util.HashMap<>();
        for (int m = 0; m < network.models.size(); m++) {
            modelIndex.put(network.models.get(m).id(), m);
        }
        for (int c = 0; c < classes.size(); c++) {
            size[c] = classes.get(c).nodesPerOperator().sampler(random);
            OperatorClass k = classes.get(c);
            sampled[c] = new Sampled(k, random, k.gpuModels().keySet().stream()
                    .mapToInt(m -> modelIndex.get(profiles.catalog().require(m).id())).toArray(),
                    k.regions().keySet().stream().mapToInt(network.regions::indexOf).toArray(), network, config);
        }
    }

    /** The operator classes, in the network's class order. */
    public List<OperatorClass> classes() {
        return classes;
    }

    /** Draws a size of class {@code c}: its nodes_per_operator, rounded, at least 1. */
    public double size(int c) {
        return rounded(size[c].sample());
    }

    /**
     * Draws how many potential entrants of class {@code c} arrive in {@code hours}: Poisson with
     * mean entrants_per_month × hours / {@value EntryConfig#HOURS_PER_MONTH}.
     */
    public int arrivals(int c, double hours) {
        double mean = classes.get(c).entrantsPerMonth() * hours / EntryConfig.HOURS_PER_MONTH;
        return mean > 0 ? new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
    }

    /** Nodes of expansion headroom an operator of {@code size} nodes holds. */
    public int headroom(int size) {
        return headroom(config, size);
    }

    /** The entrant pool and when entrants enter. */
    public EntryConfig entry() {
        return config.entry();
    }

    /** A drawn size rounded to whole nodes, at least 1. */
    static double rounded(double drawn) {
        return Math.max(1, Math.round(drawn));
    }

    /** Nodes held as expansion headroom by an operator of {@code size} nodes in service. */
    public static int headroom(NetworkConfig config, int size) {
        return (int) Math.floor(size * config.expansionHeadroom());
    }

    /** Draws the attributes of an operator of class {@code c} with {@code inService} nodes and {@code headroom} more. */
    public Candidate draw(int c, int inService, int headroom) {
        Sampled s = sampled[c];
        OperatorClass k = classes.get(c);
        Candidate candidate = new Candidate(c, inService, headroom, s.electricity.sample(),
                pick(s.regionWeights, s.regionIds, random), k.pue(), s);
        for (int i = 0; i < inService + headroom; i++) {
            candidate.model[i] = pick(s.modelWeights, s.modelIds, random);
            candidate.ask[i] = s.ask.sample();
            candidate.stake[i] = s.stake.sample();
            candidate.reputation[i] = Math.min(1, s.reputation.sample());
        }
        return candidate;
    }

    /**
     * Writes {@code candidate} into operator slot {@code o} and the node slots from {@code first},
     * its first {@code inService} nodes in service.
     */
    void place(Candidate candidate, int o, int first, int inService) {
        OperatorClass k = classes.get(candidate.operatorClass);
        network.operatorName[o] = k.name() + "-" + o;
        network.operatorClass[o] = candidate.operatorClass;
        network.firstNode[o] = first;
        network.nodeCount[o] = candidate.nodes();
        network.electricityUsdPerKwh[o] = candidate.electricityUsdPerKwh;
        network.pue[o] = k.pue();
        for (int i = 0; i < candidate.nodes(); i++) {
            int node = first + i;
            setNode(network, config, node, o, candidate.model[i], k.gpusPerNode(), candidate.region, candidate.ask[i],
                    candidate.stake[i], candidate.reputation[i], k.hardwareCostFactor(), k.idlePowerFraction());
            network.setActive(node, i < inService);
        }
    }

    /**
     * Takes pool slots for {@code candidate} and writes it there, its nodes out of service (the
     * caller puts them in service once matching has re-read them). Returns its operator index, or
     * -1 when the pool has no room.
     */
    public int admit(Candidate candidate) {
        int o = network.admit(candidate.nodes());
        if (o >= 0) {
            place(candidate, o, network.firstNode[o], 0);
        }
        return o;
    }

    static void setNode(Network network, NetworkConfig config, int node, int operator, int m, int gpus, int region,
                        double ask, double stake, double reputation, double costFactor, double idleFraction) {
        GpuSpec spec = network.models.get(m);
        network.operator[node] = operator;
        network.model[node] = m;
        network.gpus[node] = gpus;
        network.region[node] = region;
        network.askUsdPerGpuHour[node] = ask;
        network.stakeTokens[node] = stake;
        network.reputation[node] = reputation;
        network.busyWattsPerGpu[node] = spec.tdpW();
        network.idleWattsPerGpu[node] = spec.tdpW() * idleFraction;
        network.hardwareCostUsd[node] = pricePerGpu(spec, config) * costFactor * gpus;
        network.vramBytes[node] = (long) (spec.vramGb() * GB) * gpus;
        network.freeMilli[node] = gpus * 1000;
        network.freeVram[node] = network.vramBytes[node];
    }

    static double pricePerGpu(GpuSpec spec, NetworkConfig config) {
        Double override = config.hardwareCostUsdPerGpu().get(spec.id());
        if (override != null) {
            return override;
        }
        if (spec.priceUsd() == null) {
            throw new IllegalArgumentException("GPU model " + spec.id() + " has no catalogue price: give its hardware"
                    + " cost per GPU (hardware_cost_usd_per_gpu)");
        }
        return spec.priceUsd();
    }

    private static int pick(double[] cumulative, int[] ids, RandomStream random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return ids[i];
            }
        }
        return ids[ids.length - 1];
    }

    /**
     * One drawn operator before it is placed: what an entrant knows of itself when it decides.
     * Nodes {@code [0, inService)} go in service at entry; the rest are its expansion headroom.
     */
    public static final class Candidate {
        final int operatorClass;
        final int inService;
        final int headroom;
        final double electricityUsdPerKwh;
        final int region;
        final double pue;
        final int[] model;
        final double[] ask;
        final double[] stake;
        final double[] reputation;
        /** Its class's price and power per node, by model. */
        private final Sampled perModel;

        Candidate(int operatorClass, int inService, int headroom, double electricityUsdPerKwh, int region, double pue,
                  Sampled perModel) {
            this.operatorClass = operatorClass;
            this.perModel = perModel;
            this.pue = pue;
            this.inService = inService;
            this.headroom = headroom;
            this.electricityUsdPerKwh = electricityUsdPerKwh;
            this.region = region;
            int nodes = inService + headroom;
            model = new int[nodes];
            ask = new double[nodes];
            stake = new double[nodes];
            reputation = new double[nodes];
        }

        /** Its class index. */
        public int operatorClass() {
            return operatorClass;
        }

        /** Node slots it takes: in service and headroom. */
        public int nodes() {
            return model.length;
        }

        /** GPUs it puts in service at entry. */
        public double gpusInService(int gpusPerNode) {
            return (double) inService * gpusPerNode;
        }

        /** Price of the hardware it puts in service at entry, USD. */
        public double capexUsd() {
            double sum = 0;
            for (int i = 0; i < inService; i++) {
                sum += perModel.nodePriceUsd[model[i]];
            }
            return sum;
        }

        /** Tokens it bonds: the stake of all its nodes, as the initial operators bond theirs. */
        public double stakeTokens() {
            double sum = 0;
            for (double s : stake) {
                sum += s;
            }
            return sum;
        }

        /**
         * Its electricity per hour of its nodes in service busy a share {@code utilization} of the
         * time, its site's overhead (PUE) included, USD.
         */
        public double electricityUsdPerHour(double utilization) {
            double watts = 0;
            for (int i = 0; i < inService; i++) {
                double idle = perModel.nodeIdleWatts[model[i]];
                watts += idle + utilization * (perModel.nodeBusyWatts[model[i]] - idle);
            }
            return watts / 1000 * electricityUsdPerKwh * pue;
        }
    }

    /** One class's distributions bound to the stream. */
    private static final class Sampled {
        final Distribution.Sampler electricity;
        final Distribution.Sampler ask;
        final Distribution.Sampler stake;
        final Distribution.Sampler reputation;
        final double[] modelWeights;
        final int[] modelIds;
        final double[] regionWeights;
        final int[] regionIds;
        /** By network model index, for the class's models: a node's hardware price, its draw busy and idle. */
        final double[] nodePriceUsd;
        final double[] nodeBusyWatts;
        final double[] nodeIdleWatts;

        Sampled(OperatorClass c, RandomStream random, int[] modelIds, int[] regionIds, Network network,
                NetworkConfig config) {
            electricity = c.electricityUsdPerKwh().sampler(random);
            ask = c.askUsdPerGpuHour().sampler(random);
            stake = c.stakeTokens().sampler(random);
            reputation = c.reputation().sampler(random);
            modelWeights = cumulative(c.gpuModels());
            this.modelIds = modelIds;
            regionWeights = cumulative(c.regions());
            this.regionIds = regionIds;
            nodePriceUsd = new double[network.models.size()];
            nodeBusyWatts = new double[network.models.size()];
            nodeIdleWatts = new double[network.models.size()];
            for (int m : modelIds) {
                GpuSpec spec = network.models.get(m);
                nodePriceUsd[m] = pricePerGpu(spec, config) * c.hardwareCostFactor() * c.gpusPerNode();
                nodeBusyWatts[m] = spec.tdpW() * c.gpusPerNode();
                nodeIdleWatts[m] = spec.tdpW() * c.idlePowerFraction() * c.gpusPerNode();
            }
        }

        private static double[] cumulative(Map<String, Double> weights) {
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            int i = 0;
            for (double w : weights.values()) {
                if (!(w > 0)) {
                    throw new IllegalArgumentException("weights must be > 0, got " + w);
                }
                sum += w;
                cumulative[i++] = sum;
            }
            return cumulative;
        }
    }
}
