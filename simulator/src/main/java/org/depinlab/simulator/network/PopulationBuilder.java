package org.depinlab.simulator.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.workload.Distribution;

/**
 * Draws the operators and their nodes (stream {@code "population"}), or lays out explicit nodes,
 * into a {@link Network}.
 *
 * <p>Operator counts per class follow the class weights exactly (largest remainder). With
 * {@code totalNodes} set, each operator's drawn size becomes a weight and the total is
 * apportioned in proportion (largest remainder, at least one node each), so a heavy-tailed size
 * distribution still gives exactly the requested network size.
 */
public final class PopulationBuilder {

    private final GpuProfiles profiles;

    public PopulationBuilder(GpuProfiles profiles) {
        this.profiles = profiles;
    }

    /** Builds the network of {@code config}. */
    public Network build(NetworkConfig config, RandomStream random) {
        if (config.population() instanceof Population.Listed listed) {
            return explicit(config, listed.nodes());
        }
        return drawn(config, (Population.Drawn) config.population(), random);
    }

    private Network drawn(NetworkConfig config, Population.Drawn population, RandomStream random) {
        List<OperatorClass> classes = population.classes();
        int operators = population.operators();
        int[] perClass = apportion(operators, classes.stream().mapToDouble(OperatorClass::weight).toArray(), 0);
        Map<String, Integer> modelIndex = new LinkedHashMap<>();
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        for (OperatorClass c : classes) {
            c.gpuModels().keySet().forEach(m -> modelIndex.putIfAbsent(profiles.catalog().require(m).id(), modelIndex.size()));
            c.regions().keySet().forEach(r -> regionIndex.putIfAbsent(r, regionIndex.size()));
        }
        int[] classOf = new int[operators];
        double[] drawnSize = new double[operators];
        int o = 0;
        for (int c = 0; c < classes.size(); c++) {
            Distribution.Sampler size = classes.get(c).nodesPerOperator().sampler(random);
            for (int i = 0; i < perClass[c]; i++, o++) {
                classOf[o] = c;
                drawnSize[o] = OperatorDraw.rounded(size.sample());
            }
        }
        int[] sizes = new int[operators];
        if (population.totalNodes() > 0) {
            sizes = apportion(population.totalNodes(), drawnSize, 1);
        } else {
            for (int i = 0; i < operators; i++) {
                sizes[i] = (int) Math.min(Integer.MAX_VALUE / 2, drawnSize[i]);
            }
        }
        long total = 0;
        for (int size : sizes) {
            total += size + OperatorDraw.headroom(config, size);
        }
        EntryConfig entry = config.entry();
        int poolNodes = entry == null ? 0 : entry.maxNodes();
        int poolOperators = entry == null ? 0 : entry.maxOperators();
        checkHeldByHeap(total + poolNodes, sizes, classOf, classes);
        Network network = newNetwork(modelIndex, regionIndex, population.classNames(), (int) total, operators,
                poolNodes, poolOperators);
        OperatorDraw draw = new OperatorDraw(config, network, classes, profiles, random);
        int node = 0;
        for (o = 0; o < operators; o++) {
            OperatorDraw.Candidate drawn = draw.draw(classOf[o], sizes[o], OperatorDraw.headroom(config, sizes[o]));
            draw.place(drawn, o, node, drawn.inService);
            node += drawn.nodes();
        }
        return network;
    }

    /** Refuses a draw the heap cannot hold, before allocating its nodes (a heavy tail can draw one huge operator). */
    private static void checkHeldByHeap(long total, int[] sizes, int[] classOf, List<OperatorClass> classes) {
        long heap = Runtime.getRuntime().maxMemory();
        if (total <= Math.min(Integer.MAX_VALUE - 8, heap / Network.BYTES_PER_NODE)) {
            return;
        }
        int largest = 0;
        for (int o = 1; o < sizes.length; o++) {
            largest = sizes[o] > sizes[largest] ? o : largest;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "network.classes: the population drew %,d nodes"
                + " (one %s operator alone %,d, from its nodes_per_operator): that needs about %.1f GB of heap; this JVM"
                + " may use %.1f GB (set network.total_nodes, choose a lighter-tailed nodes_per_operator, or raise -Xmx"
                + " with DEPINLAB_JAVA_OPTS)", total, classes.get(classOf[largest]).name(), sizes[largest],
                total * (double) Network.BYTES_PER_NODE / 1e9, heap / 1e9));
    }

    private Network explicit(NetworkConfig config, List<NodeSpec> listed) {
        Map<String, Integer> modelIndex = new LinkedHashMap<>();
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        Map<String, Integer> operatorIndex = new LinkedHashMap<>();
        List<NodeSpec> nodes = new ArrayList<>(listed);
        for (NodeSpec n : nodes) {
            modelIndex.putIfAbsent(profiles.catalog().require(n.model()).id(), modelIndex.size());
            regionIndex.putIfAbsent(n.region(), regionIndex.size());
            operatorIndex.putIfAbsent(n.operator(), operatorIndex.size());
        }
        // operators' nodes must be contiguous: order by operator, keeping file order within one
        nodes.sort((a, b) -> Integer.compare(operatorIndex.get(a.operator()), operatorIndex.get(b.operator())));
        Network network = newNetwork(modelIndex, regionIndex, config.population().classNames(), nodes.size(),
                operatorIndex.size(), 0, 0);
        int previous = -1;
        for (int node = 0; node < nodes.size(); node++) {
            NodeSpec n = nodes.get(node);
            int o = operatorIndex.get(n.operator());
            if (o != previous) {
                network.operatorName[o] = n.operator();
                network.firstNode[o] = node;
                network.electricityUsdPerKwh[o] = n.electricityUsdPerKwh();
                previous = o;
            }
            network.nodeCount[o]++;
            OperatorDraw.setNode(network, config, node, o, modelIndex.get(profiles.catalog().require(n.model()).id()), n.gpus(),
                    regionIndex.get(n.region()), n.askUsdPerGpuHour(), n.stakeTokens(), n.reputation(), 1.0, 0.1);
        }
        return network;
    }

    private Network newNetwork(Map<String, Integer> modelIndex, Map<String, Integer> regionIndex, List<String> classes,
                               int nodes, int operators, int poolNodes, int poolOperators) {
        if (modelIndex.size() > 64) {
            throw new IllegalArgumentException("a network may hold at most 64 GPU models, got " + modelIndex.size());
        }
        List<GpuSpec> specs = modelIndex.keySet().stream().map(id -> profiles.catalog().require(id)).toList();
        return new Network(specs, specs.stream().map(s -> profiles.forModel(s.id())).toList(),
                new ArrayList<>(regionIndex.keySet()), classes, nodes, operators, poolNodes, poolOperators);
    }

    /** Splits {@code total} in proportion to {@code weights} by largest remainder, each at least {@code min}. */
    static int[] apportion(int total, double[] weights, int min) {
        int n = weights.length;
        int[] shares = new int[n];
        int left = total - min * n;
        if (left < 0) {
            throw new IllegalArgumentException("cannot give " + n + " parts at least " + min + " out of " + total);
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = left * weights[i] / sum;
            shares[i] = min + (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
            given += shares[i] - min;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a])
                : Integer.compare(a, b));
        for (int k = 0; given < left; k++, given++) {
            shares[order[k % n]]++;
        }
        return shares;
    }
}
