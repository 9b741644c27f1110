package org.depinlab.simulator.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.network.EntryConfig;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.AlibabaTrace;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.TraceReplay;
import org.depinlab.simulator.workload.WorkloadConfig;

/**
 * Loads a scenario file (YAML, fields documented in {@code docs/scenario.md}) into a validated
 * {@link Scenario}: every field is checked once here, at the edge, with errors of the form
 * {@code file:line:column: field.path: what is wrong (allowed: …)}; the records inside trust it.
 * Relative file names (traces, price paths) are resolved against the scenario's folder.
 */
public final class ScenarioLoader {

    private static final double HOUR = 3_600;
    private static final double DAY = 86_400;
    /** Shorter MMPP holds would not move the clock at all late in a long run: the state-switch loop would spin. */
    private static final double MIN_HOLD_SECONDS = 1e-3;

    /** The keys of a scenario's top level. */
    static final List<String> TOP = List.of("name", "description", "seed", "duration_days", "epoch_hours", "warmup_days",
            "matching", "network", "workload", "market", "protocol", AdversariesSection.FIELD);
    private static final List<String> NETWORK = List.of("node_failures", "operator_outages", "retry_interrupted",
            "max_attempts", "hardware_cost_usd_per_gpu", "carbon_g_per_kwh", "reserve_share", "expansion_headroom", "entry",
            "trace_nodes",
            "operators", "total_nodes", "classes");
    private static final List<String> ENTRY = List.of("max_nodes", "max_operators", "payback_months", "hurdle_rate");
    private static final List<String> FAILURES = List.of("time_to_failure_hours", "repair_hours");
    private static final List<String> OPERATOR_CLASS = List.of("name", "weight", "nodes_per_operator", "gpus_per_node",
            "gpu_models", "regions", "electricity_usd_per_kwh", "ask_usd_per_gpu_hour", "stake_tokens", "reputation",
            "hardware_cost_factor", "idle_power_fraction", "entrants_per_month", "pue");
    private static final List<String> TRACE_NODES = List.of("file", "model_names", "operator", "region",
            "electricity_usd_per_kwh", "ask_usd_per_gpu_hour", "stake_tokens", "reputation");
    private static final List<String> WORKLOAD = List.of("max_queue", "trace", "arrivals", "classes",
            DemandSection.FIELD);
    private static final List<String> TRACE = List.of("file", "model_names", "reference_model",
            "max_price_usd_per_gpu_hour", "patience_seconds");
    private static final List<String> ARRIVALS = List.of("poisson", "diurnal", "mmpp");
    private static final List<String> JOB_CLASS = List.of("name", "weight", "flop", "bytes_in", "bytes_moved",
            "precision", "efficiency", "gpus", "vram_gb", "allowed_models", "max_price_usd_per_gpu_hour",
            "patience_seconds");

    private final GpuCatalog catalog;
    private final Limits limits;

    /** A loader checking scenarios against this JVM's heap and the work limits. */
    public ScenarioLoader(GpuCatalog catalog) {
        this(catalog, Limits.ofThisJvm(false));
    }

    /** A loader checking every scenario's {@link ResourceEstimate} against {@code limits}. */
    public ScenarioLoader(GpuCatalog catalog, Limits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** Loads and validates {@code file}. */
    public Scenario load(Path file) {
        return load(file, Map.of());
    }

    /**
     * Loads {@code file} with some fields replaced first (a sweep point): {@code overrides} maps
     * dot-separated field paths (e.g. {@code workload.arrivals.poisson.per_second}) to values.
     */
    public Scenario load(Path file, Map<String, JsonNode> overrides) {
        YamlSource source = overrides.isEmpty() ? YamlSource.read(file) : YamlSource.read(file).with(overrides);
        try {
            return load(source, new InputFiles(file.toAbsolutePath().getParent()));
        } catch (DataFormatException e) {
            throw new ScenarioException(e.getMessage());
        } catch (IllegalArgumentException e) {
            // a model record refused what the fields let through: still about this file
            throw new ScenarioException(file + ": " + e.getMessage());
        }
    }

    private Scenario load(YamlSource source, InputFiles inputs) {
        Fields root = new Fields(source, "", source.root(), TOP);
        String name = OutputName.read(root);
        String description = root.text("description", "");
        long seed = root.longInteger("seed", 1);
        double days = root.number("duration_days", 1e-6, 3_650);
        double epochHours = root.number("epoch_hours", 1e-3, days * 24);
        // at least the last epoch stays after the warm-up
        OptionalDouble warmupDays = root.has("warmup_days")
                ? OptionalDouble.of(root.number("warmup_days", 0, days - epochHours / 24)) : OptionalDouble.empty();
        Matching matching = root.choice("matching", Matching.class, Matching.FIRST_FIT);
        NetworkConfig network = network(root.object("network", NETWORK), inputs);
        WorkloadConfig workload = workload(root.object("workload", WORKLOAD), inputs);
        Fields adversaries = root.has(AdversariesSection.FIELD) ? root.object(AdversariesSection.FIELD,
                Stream.concat(AdversariesSection.FIELDS.stream(), SpoofingSection.FIELDS.stream()).toList()) : null;
        ModelConfig model = new ModelConfig(network, workload, matching, days * DAY, epochHours * HOUR,
                root.has("market") ? MarketSection.read(root.object("market", MarketSection.FIELDS)) : Optional.empty(),
                adversaries == null ? Optional.empty() : Optional.of(AdversariesSection.read(adversaries,
                        network.population().classNames(), root.has("protocol"))));
        var protocol = root.has("protocol")
                ? ProtocolSection.read(root.object("protocol", ProtocolSection.FIELDS), epochHours, inputs,
                        network.population().classNames(), this::modelId) : null;
        if (adversaries != null) {
            if (adversaries.has("spoofers") && protocol == null) {
                throw adversaries.error(adversaries.child("spoofers"), "spoofers claim the protocol's rewards and"
                        + " need a protocol section (allowed: add protocol, or remove spoofers)");
            }
            if (protocol != null) {
                protocol = protocol.withSpoofing(SpoofingSection.read(adversaries, network.population().classNames()));
            }
            adversaries.done();
        }
        root.done();
        ResourceEstimate.of(model, protocol != null).check(limits).ifPresent(problem -> {
            throw root.error(problem.field(), problem.message());
        });
        return new Scenario(source.file(), name, description, seed, model, protocol, inputs.list(), warmupDays);
    }

    private NetworkConfig network(Fields f, InputFiles inputs) {
        FailureModel nodeFailures = f.has("node_failures") ? failures(f.object("node_failures", FAILURES)) : null;
        FailureModel outages = f.has("operator_outages") ? failures(f.object("operator_outages", FAILURES)) : null;
        boolean retry = f.bool("retry_interrupted", true);
        int attempts = f.integer("max_attempts", 1, 100, 3);
        Map<String, Double> prices = f.has("hardware_cost_usd_per_gpu")
                ? f.weights("hardware_cost_usd_per_gpu", this::modelId) : Map.of();
        Map<String, Double> carbon = f.has("carbon_g_per_kwh") ? carbon(f) : Map.of();
        if (f.has("reserve_share")) {
            throw f.error(f.child("reserve_share"), "was retired: potential entrants now arrive per class and draw"
                    + " their attributes when they arrive (network.entry and each class's entrants_per_month), and"
                    + " operators hold capacity they may yet buy as network.expansion_headroom (allowed: remove it)");
        }
        double reserve = f.number("expansion_headroom", 0, 10, 0);
        EntryConfig entry = null;
        if (f.has("entry")) {
            Fields e = f.object("entry", ENTRY);
            entry = new EntryConfig(e.integer("max_nodes", 1, 100_000_000), e.integer("max_operators", 1, 10_000_000),
                    e.number("payback_months", 0.1, 1200), e.number("hurdle_rate", 0, 100, 0));
            e.done();
            if (f.has("trace_nodes")) {
                throw f.error(f.child("entry"), "needs operator classes to draw entrants from (allowed: classes, not"
                        + " trace_nodes)");
            }
        }
        f.exclusive("trace_nodes", "operators", "total_nodes", "classes");
        NetworkConfig config;
        if (f.has("trace_nodes")) {
            List<NodeSpec> nodes = traceNodes(f.object("trace_nodes", TRACE_NODES), inputs, prices);
            config = new NetworkConfig(new Population.Listed(nodes), nodeFailures, outages, retry, attempts, prices,
                    reserve, null, carbon);
        } else {
            int operators = f.integer("operators", 1, 10_000_000);
            int totalNodes = f.integer("total_nodes", 0, 100_000_000, 0);
            if (totalNodes > 0 && totalNodes < operators) {
                throw f.error(f.child("total_nodes"), totalNodes + " is fewer than the " + operators
                        + " operators (allowed: 0 for as drawn, or at least one node per operator)");
            }
            List<OperatorClass> classes = new ArrayList<>();
            for (Fields c : f.objects("classes", OPERATOR_CLASS)) {
                classes.add(operatorClass(c, prices));
            }
            if (entry != null && classes.stream().noneMatch(c -> c.entrantsPerMonth() > 0)) {
                throw f.error(f.child("entry"), "no class has entrants_per_month, so nobody would arrive (allowed:"
                        + " give a class entrants_per_month, or remove entry)");
            }
            if (entry == null && classes.stream().anyMatch(c -> c.entrantsPerMonth() > 0)) {
                throw f.error(f.child("classes"), "a class has entrants_per_month but the network has no entry section"
                        + " (allowed: add network.entry with the pool's max_nodes, max_operators and payback_months)");
            }
            config = new NetworkConfig(new Population.Drawn(operators, totalNodes, classes), nodeFailures, outages,
                    retry, attempts, prices, reserve, entry, carbon);
        }
        f.done();
        return config;
    }

    /** Grid carbon intensity per region, gCO2e/kWh; lifecycle figures of real grids lie within (0, 2000]. */
    private static Map<String, Double> carbon(Fields f) {
        Map<String, Double> carbon = f.weights("carbon_g_per_kwh", Function.identity());
        carbon.forEach((region, grams) -> {
            if (grams > 2_000) {
                throw f.error(f.child("carbon_g_per_kwh") + "." + region, grams + " gCO2e/kWh is above any grid"
                        + " (allowed: (0, 2000])");
            }
        });
        return carbon;
    }

    private OperatorClass operatorClass(Fields c, Map<String, Double> prices) {
        OperatorClass operatorClass = new OperatorClass(c.text("name"), c.number("weight", Double.MIN_VALUE, 1e12),
                DistributionField.read(c, "nodes_per_operator", 1), c.integer("gpus_per_node", 1, 64),
                c.weights("gpu_models", this::modelId), c.weights("regions", Function.identity()),
                DistributionField.read(c, "electricity_usd_per_kwh", 1),
                DistributionField.read(c, "ask_usd_per_gpu_hour", 1), DistributionField.read(c, "stake_tokens", 1),
                DistributionField.read(c, "reputation", 1), c.number("hardware_cost_factor", 0.01, 100, 1),
                c.number("idle_power_fraction", 0, 1, 0.1), c.number("entrants_per_month", 0, 1e6, 0),
                c.number("pue", 1, 5, 1));
        c.raw("gpu_models").fieldNames().forEachRemaining(model -> {
            if (!priced(modelId(model), prices)) {
                throw c.error(c.child("gpu_models") + "." + model, unpriced(modelId(model)));
            }
        });
        c.done();
        return operatorClass;
    }

    private List<NodeSpec> traceNodes(Fields t, InputFiles inputs, Map<String, Double> prices) {
        Path file = inputs.require(t, "file");
        Map<String, String> names = modelNames(t);
        String operator = t.text("operator", "trace-cluster");
        String region = t.text("region", "trace-region");
        double electricity = t.number("electricity_usd_per_kwh", 0, 10, 0.1);
        double ask = t.number("ask_usd_per_gpu_hour", 0, 1e4, 1);
        double stake = t.number("stake_tokens", 0, 1e15, 0);
        double reputation = t.number("reputation", 0, 1, 1);
        t.done();
        List<NodeSpec> nodes = new ArrayList<>();
        for (AlibabaTrace.Node node : AlibabaTrace.readNodes(file)) {
            String where = file + ":" + node.line();
            String model = traceModel(names, node.model(), where, "network.trace_nodes.model_names");
            if (!priced(model, prices)) {
                throw new ScenarioException(where + ": " + unpriced(model));
            }
            nodes.add(new NodeSpec(operator, model, node.gpus(), region, electricity, ask, stake, reputation));
        }
        return nodes;
    }

    /** The catalogue id of a model as a trace names it, through {@code model_names}. */
    private String traceModel(Map<String, String> names, String traceName, String where, String namesField) {
        return catalog.find(names.getOrDefault(traceName, traceName)).orElseThrow(() -> new ScenarioException(where
                + ": model '" + traceName + "' is not in the GPU catalogue: map it under " + namesField + " (allowed: "
                + String.join(", ", catalog.ids()) + ")")).id();
    }

    private boolean priced(String model, Map<String, Double> prices) {
        return prices.containsKey(model) || catalog.require(model).priceUsd() != null;
    }

    private static String unpriced(String model) {
        return "GPU model " + model + " has no catalogue price: give its hardware cost per GPU under"
                + " network.hardware_cost_usd_per_gpu";
    }

    private WorkloadConfig workload(Fields f, InputFiles inputs) {
        int maxQueue = f.integer("max_queue", 0, Integer.MAX_VALUE, 1_000_000);
        f.exclusive("trace", "arrivals", "classes");
        WorkloadConfig config;
        if (f.has("trace")) {
            Fields t = f.object("trace", TRACE);
            Map<String, String> names = modelNames(t);
            TraceReplay replay = new TraceReplay(pods(inputs.require(t, "file"), names), names,
                    model(t, "reference_model"),
                    t.number("max_price_usd_per_gpu_hour", Double.MIN_VALUE, 1e6, 1e6),
                    t.has("patience_seconds") ? t.number("patience_seconds", 0, 1e12) : null);
            t.done();
            config = new WorkloadConfig.Trace(replay, maxQueue);
        } else {
            ArrivalProcess arrivals = arrivals(f.object("arrivals", ARRIVALS));
            List<JobClass> classes = new ArrayList<>();
            for (Fields c : f.objects("classes", JOB_CLASS)) {
                classes.add(jobClass(c));
            }
            config = new WorkloadConfig.Synthetic(arrivals, classes, maxQueue, DemandSection.read(f));
        }
        f.done();
        return config;
    }

    /** The pod list, every pod's gpu_spec naming catalogue models. */
    private AlibabaTrace.PodList pods(Path file, Map<String, String> names) {
        AlibabaTrace.PodList pods = AlibabaTrace.readPods(file);
        for (AlibabaTrace.Pod pod : pods.pods()) {
            for (String model : pod.gpuSpec()) {
                traceModel(names, model, file + ":" + pod.line() + ": gpu_spec", "workload.trace.model_names");
            }
        }
        return pods;
    }

    private ArrivalProcess arrivals(Fields f) {
        ArrivalProcess process;
        String kind = f.oneOf("poisson", "diurnal", "mmpp");
        if ("poisson".equals(kind)) {
            Fields p = f.object("poisson", List.of("per_second"));
            process = new ArrivalProcess.Poisson(p.number("per_second", Double.MIN_VALUE, 1e9));
            p.done();
        } else if ("diurnal".equals(kind)) {
            Fields d = f.object("diurnal", List.of("mean_per_second", "amplitude", "peak_hour"));
            process = new ArrivalProcess.Diurnal(d.number("mean_per_second", Double.MIN_VALUE, 1e9),
                    d.number("amplitude", 0, 1), d.number("peak_hour", 0, 23.999));
            d.done();
        } else if ("mmpp".equals(kind)) {
            Fields m = f.object("mmpp", List.of("per_second", "mean_hold_seconds"));
            List<Double> rates = m.numbers("per_second", 0, 1e9);
            List<Double> holds = m.numbers("mean_hold_seconds", MIN_HOLD_SECONDS, 1e12);
            if (rates.size() != holds.size() || rates.size() < 2) {
                throw m.error(m.path(), "needs at least two states and as many hold times as rates");
            }
            process = new ArrivalProcess.Mmpp(rates, holds);
            m.done();
        } else {
            f.done();
            throw f.error(f.path(), "names no arrival process (allowed: poisson, diurnal, mmpp)");
        }
        f.done();
        return process;
    }

    private JobClass jobClass(Fields c) {
        List<String> allowed = new ArrayList<>();
        List<String> names = c.texts("allowed_models");
        for (int i = 0; i < names.size(); i++) {
            try {
                allowed.add(modelId(names.get(i)));
            } catch (RuntimeException e) {
                throw c.error(c.child("allowed_models") + "[" + i + "]", e.getMessage());
            }
        }
        JobClass jobClass = new JobClass(c.text("name"), c.number("weight", Double.MIN_VALUE, 1e12),
                DistributionField.read(c, "flop", 1), DistributionField.read(c, "bytes_in", 1),
                DistributionField.read(c, "bytes_moved", 1), c.choice("precision", Precision.class, Precision.FP32),
                c.number("efficiency", 1e-6, 1), gpus(c), c.number("vram_gb", 0, 1e4, 0), allowed,
                c.number("max_price_usd_per_gpu_hour", Double.MIN_VALUE, 1e6),
                c.has("patience_seconds") ? DistributionField.read(c, "patience_seconds", 1) : null);
        c.done();
        return jobClass;
    }

    private static double gpus(Fields c) {
        double gpus = c.number("gpus", 0.001, 8);
        if (gpus > 1 && gpus != Math.rint(gpus)) {
            throw c.error(c.child("gpus"), gpus + " is not allowed (allowed: a fraction in (0, 1] or a whole number"
                    + " 1 to 8)");
        }
        return gpus;
    }

    private FailureModel failures(Fields f) {
        FailureModel model = new FailureModel(DistributionField.read(f, "time_to_failure_hours", HOUR),
                DistributionField.read(f, "repair_hours", HOUR));
        f.done();
        return model;
    }

    private Map<String, String> modelNames(Fields f) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!f.has("model_names")) {
            return names;
        }
        JsonNode raw = f.raw("model_names");
        if (!raw.isObject()) {
            throw f.error(f.child("model_names"), "must be a mapping of trace model names to catalogue ids");
        }
        raw.properties().forEach(entry -> {
            String path = f.child("model_names") + "." + entry.getKey();
            if (!entry.getValue().isTextual()) {
                throw f.error(path, "must be a catalogue id, found " + Fields.kind(entry.getValue()));
            }
            try {
                names.put(entry.getKey(), modelId(entry.getValue().asText()));
            } catch (RuntimeException e) {
                throw f.error(path, e.getMessage());
            }
        });
        return names;
    }

    /** A field naming a catalogue model: an unknown one is an error at the field. */
    private String model(Fields f, String name) {
        String value = f.text(name);
        try {
            return modelId(value);
        } catch (RuntimeException e) {
            throw f.error(f.child(name), e.getMessage());
        }
    }

    private String modelId(String name) {
        return catalog.require(name).id();
    }

    /** The file that field {@code name} names, resolved against {@code folder}: a readable regular file. */
    static Path existing(Fields f, String name, Path folder) {
        Path file = folder.resolve(f.text(name)).normalize();
        if (Files.isDirectory(file)) {
            throw f.error(f.child(name), "is a folder, not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw f.error(f.child(name), "no readable file " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw f.error(f.child(name), "is not a regular file (allowed: a file, not a device or pipe): " + file);
        }
        return file;
    }
}
