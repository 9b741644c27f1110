package org.depinlab.simulator.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.Verification;
import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.engine.Schedule;
import org.depinlab.simulator.engine.Simulation;
import org.depinlab.simulator.engine.Steppable;
import org.depinlab.simulator.market.AskAdjuster;
import org.depinlab.simulator.market.CapacityIndex;
import org.depinlab.simulator.market.DemandCurve;
import org.depinlab.simulator.market.MatchContext;
import org.depinlab.simulator.market.MatchingPolicy;
import org.depinlab.simulator.network.EpochObserver;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.OperatorDraw;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.network.PopulationBuilder;
import org.depinlab.simulator.network.ServiceTimes;
import org.depinlab.simulator.workload.DemandEpoch;
import org.depinlab.simulator.workload.Job;
import org.depinlab.simulator.workload.JobSource;
import org.depinlab.simulator.workload.WorkloadConfig;

/**
 * The DePIN network model on the engine: jobs arrive, the matching policy places them on free
 * nodes or they wait in one FIFO queue; they run for their service time, pay the node's ask and
 * free its capacity; nodes fail and are repaired, operators go offline and come back, and the
 * jobs they were running are retried or lost. When configured, operators move their asks with
 * utilization at every epoch end ({@link AskAdjuster}, heard before any other epoch observer).
 *
 * <p>Queue discipline: when capacity frees on a node, the queue is offered to that node from its
 * head, up to {@value #SCAN_LIMIT} waiting jobs (so a job that cannot use the node does not block
 * one behind it that can; expired jobs met on the way renege and count four to one against that
 * window). With identical nodes and jobs this is exact FIFO.
 *
 * <p>Invariants, checked at every epoch and on every start and completion (a violation is a bug and
 * throws): arrived = completed + dropped + reneged + lost + queued + running; a job starts only on
 * an online node with the free GPU and memory it needs; a job completes only from running, once.
 */
public final class NetworkModel {

    static final int SCAN_LIMIT = 64;

    /** Sees every completion (tests use it to check that no job is served twice). */
    public interface CompletionListener {
        void completed(Job job, int node, double now);
    }

    private final ModelConfig config;
    private final Simulation sim;
    private final Network network;
    private final CapacityIndex index;
    private final MatchingPolicy policy;
    private final MatchContext context;
    private final Metrics metrics;
    private final JobSource source;
    /** Demand's response to price and service; null when demand is fixed. */
    private final DemandCurve demand;
    private final List<DemandEpoch> demandEpochs = new ArrayList<>();
    /** Waits of the jobs completed in this epoch, summed (only with a demand response). */
    private double epochWaitSeconds;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private final int[] maxNodeMilli;
    private final double[] minAsk;
    private final double[] downSince;
    private final double[] downSeconds;
    private final Failures failures;
    private Job pendingArrival;
    private double lastEpochEnd;
    private CompletionListener listener = (job, node, now) -> { };
    private final NodeEpochs nodeEpochs;
    private final List<EpochObserver> observers = new ArrayList<>();
    private int epochIndex;
    private final GpuProfiles profiles;
    private OperatorDraw entrants;
    /** Cheating and verification; both null when the scenario has no adversaries. */
    private final FraudBoard fraud;
    private final Verifier verifier;
    /** Scratch for {@link #select}: the nodes a re-execution avoids and their free capacity. */
    private final int[] avoidNodes = new int[Verification.MAX_COPIES];
    private final int[] avoidFree = new int[Verification.MAX_COPIES];
    private final NetworkControl control = new NetworkControl() {
        @Override
        public Network network() {
            return network;
        }

        @Override
        public void activate(int node) {
            if (!network.active(node)) {
                network.setActive(node, true);
                metrics.serviceChange(sim.now(), node, true);
                if (network.online(node)) {
                    goOnline(node);
                }
            }
        }

        @Override
        public void deactivate(int node) {
            if (network.active(node)) {
                boolean wasOnline = network.online(node);
                network.setActive(node, false);
                metrics.serviceChange(sim.now(), node, false);
                if (wasOnline) {
                    takeOffline(node);
                }
            }
        }

        @Override
        public void reindex() {
            index.rebuild();
            eligibility();
        }

        @Override
        public void setStake(int node, double tokens) {
            network.stakeTokens[node] = tokens;
            index.update(node);
        }

        @Override
        public void setReputation(int node, double reputation) {
            network.reputation[node] = reputation;
            index.update(node);
        }
    };

    /** A run of {@code config} with {@code seed}, GPU figures from {@code profiles}. */
    public NetworkModel(ModelConfig config, long seed, GpuProfiles profiles) {
        this.config = config;
        this.sim = new Simulation(seed);
        this.profiles = profiles;
        this.network = new PopulationBuilder(profiles).build(config.network(), sim.stream("population"));
        this.index = new CapacityIndex(network, config.matching().weights(network));
        WorkloadConfig workload = config.workload();
        ServiceTimes serviceTimes = new ServiceTimes(network, workload.classes());
        this.policy = config.matching().policy();
        this.context = new MatchContext(network, index, serviceTimes, sim.stream("matching"));
        this.metrics = new Metrics(network, workload.classNames(), config.network().carbonGPerKwh(),
                config.network().facilityOverhead());
        List<String> modelIds = network.models.stream().map(m -> m.id()).toList();
        Function<String, String> resolve = name -> profiles.catalog().require(name).id();
        this.demand = workload.demandResponse().map(response -> new DemandCurve(response, network)).orElse(null);
        this.source = workload.jobs(modelIds, resolve, sim::stream, this::fire, config.durationSeconds(),
                demand == null ? null : demand.level());
        int models = network.models.size();
        maxNodeMilli = new int[models];
        minAsk = new double[models];
        eligibility();
        downSince = new double[network.nodeCount()];
        downSeconds = new double[network.nodeCount()];
        failures = new Failures(this, sim, config.network());
        nodeEpochs = new NodeEpochs(network);
        config.askAdjustment().ifPresent(rule -> observers.add(new AskAdjuster(rule, network)));
        fraud = config.adversaries().map(a -> new FraudBoard(a, network, sim.stream("adversaries"))).orElse(null);
        verifier = fraud == null ? null
                : new Verifier(fraud, network, nodeEpochs, sim::stream, this::fire, this::submitCheck);
        if (fraud != null) {
            fraud.reset(epochsAfter(0));
        }
    }

    /** The fraud seam the protocol reads; empty when the scenario has no adversaries. */
    public Optional<FraudBoard> fraudBoard() {
        return Optional.ofNullable(fraud);
    }

    private int epochsAfter(double now) {
        return (int) Math.ceil((config.durationSeconds() - now) / config.epochSeconds() - 1e-9);
    }

    /**
     * Places a check's re-execution like an arrival, never on the node whose result it checks;
     * false when the queue is full.
     */
    private boolean submitCheck(Job check) {
        int node = select(check);
        if (node >= 0) {
            start(check, node);
            return true;
        }
        if (metrics.queued >= config.workload().maxQueue()) {
            return false;
        }
        enqueue(check, false);
        return true;
    }

    /** The policy's node for {@code job}; the nodes a re-execution must avoid are hidden from matching meanwhile. */
    private int select(Job job) {
        if (job.verifies == null) {
            return policy.select(job, context);
        }
        int hidden = verifier.avoided(job, avoidNodes);
        for (int i = 0; i < hidden; i++) {
            avoidFree[i] = network.freeMilli[avoidNodes[i]];
            network.freeMilli[avoidNodes[i]] = 0;
            index.update(avoidNodes[i]);
        }
        int node = policy.select(job, context);
        for (int i = hidden - 1; i >= 0; i--) {
            network.freeMilli[avoidNodes[i]] = avoidFree[i];
            index.update(avoidNodes[i]);
        }
        return node;
    }

    /** Per model: the most GPUs of one node and the lowest ask, for refusing jobs no node could ever take. */
    private void eligibility() {
        java.util.Arrays.fill(maxNodeMilli, 0);
        java.util.Arrays.fill(minAsk, Double.POSITIVE_INFINITY);
        for (int n = 0; n < network.nodeCount(); n++) {
            if (network.gpus[n] == 0) {
                continue;
            }
            int m = network.model[n];
            maxNodeMilli[m] = Math.max(maxNodeMilli[m], network.gpus[n] * 1000);
            minAsk[m] = Math.min(minAsk[m], network.askUsdPerGpuHour[n]);
        }
    }

    /** The run's random stream called {@code name} (e.g. the protocol's {@code "market"}). */
    public RandomStream stream(String name) {
        return sim.stream(name);
    }

    /**
     * Draws potential entrants of the network's classes on stream {@code "entry"}; empty when the
     * scenario has no entry.
     */
    public Optional<OperatorDraw> entrants() {
        if (entrants == null && config.network().entry() != null) {
            entrants = new OperatorDraw(config.network(), network,
                    ((Population.Drawn) config.network().population()).classes(), profiles, sim.stream("entry"));
        }
        return Optional.ofNullable(entrants);
    }

    /** Adds an observer of every epoch's end (the protocol). */
    public void addEpochObserver(EpochObserver observer) {
        observers.add(observer);
    }

    /** Sets who hears of completions. */
    public void setCompletionListener(CompletionListener listener) {
        this.listener = listener;
    }

    /** The network being simulated. */
    public Network network() {
        return network;
    }

    /** Runs to the configured duration. */
    public RunResult run() {
        for (int n = 0; n < network.nodeCount(); n++) {
            if (network.active(n)) {
                metrics.serviceChange(0, n, true);
            }
            if (network.online(n)) {
                metrics.onlineChange(0, n, true);
            }
        }
        failures.start();
        Steppable arrival = new Steppable() {
            @Override
            public void step(Simulation s) {
                arrive(pendingArrival);
                scheduleNextArrival(this);
            }
        };
        scheduleNextArrival(arrival);
        sim.schedule().scheduleRepeating(config.epochSeconds(), config.epochSeconds(), Schedule.MAX_ORDERING,
                s -> endEpoch());
        sim.runUntil(config.durationSeconds());
        if (lastEpochEnd < config.durationSeconds()) {
            endEpoch();
        }
        return result();
    }

    private void scheduleNextArrival(Steppable arrival) {
        pendingArrival = source.next();
        if (pendingArrival != null) {
            sim.schedule().scheduleAt(pendingArrival.arrivalTime, arrival);
        }
    }

    private void arrive(Job job) {
        metrics.arrived++;
        if (!eligibleSomewhere(job)) {
            job.state = Job.State.DROPPED;
            metrics.droppedNoEligibleNode++;
            return;
        }
        int node = select(job);
        if (node >= 0) {
            start(job, node);
            return;
        }
        int maxQueue = config.workload().maxQueue();
        if (metrics.queued >= maxQueue) {
            // waiting jobs whose patience ran out make room before an arrival is refused
            sweepExpired();
        }
        if (metrics.queued >= maxQueue) {
            job.state = Job.State.DROPPED;
            metrics.droppedQueueFull++;
        } else {
            enqueue(job, false);
        }
    }

    private void enqueue(Job job, boolean atHead) {
        if (job.startDeadline <= sim.now()) {
            job.state = Job.State.RENEGED;
            metrics.reneged++;
            return;
        }
        job.state = Job.State.QUEUED;
        if (atHead) {
            queue.addFirst(job);
        } else {
            queue.addLast(job);
        }
        metrics.queued++;
    }

    /** A job's own event: its completion. */
    private void fire(Job job) {
        job.eventHandle = -1;
        if (job.state != Job.State.RUNNING) {
            throw new IllegalStateException("job " + job.id + " completed in state " + job.state);
        }
        complete(job);
    }

    /**
     * A waiting job whose patience ran out gives up. Reneging is lazy: no timer per queued job;
     * a job is found expired when it is offered capacity, reaches the head of the queue, or at the
     * sweep every epoch end, so it never starts after its deadline and is counted in the epoch
     * its deadline fell in.
     */
    private boolean expired(Job job) {
        return job.startDeadline < sim.now();
    }

    private void renege(Job job) {
        job.state = Job.State.RENEGED;
        metrics.reneged++;
        metrics.queued--;
    }

    private boolean eligibleSomewhere(Job job) {
        for (int m = 0; m < maxNodeMilli.length; m++) {
            if (job.allows(m) && maxNodeMilli[m] >= job.milliGpus && minAsk[m] <= job.maxPriceUsdPerGpuHour
                    && network.models.get(m).vramGb() * 1e9 >= job.vramBytes) {
                return true;
            }
        }
        return false;
    }

    private void start(Job job, int node) {
        long vram = job.vramBytes * job.wholeGpus();
        if (!network.online(node) || network.freeMilli[node] < job.milliGpus || network.freeVram[node] < vram) {
            throw new IllegalStateException("job " + job.id + " placed on node " + node + " that is offline or lacks"
                    + " capacity (free " + network.freeMilli[node] + " milli-GPU, needs " + job.milliGpus + ")");
        }
        double now = sim.now();
        network.freeMilli[node] -= job.milliGpus;
        network.freeVram[node] -= vram;
        index.update(node);
        job.nextOnNode = network.running[node];
        job.previousOnNode = null;
        if (job.nextOnNode != null) {
            job.nextOnNode.previousOnNode = job;
        }
        network.running[node] = job;
        job.state = Job.State.RUNNING;
        job.node = node;
        job.attempts++;
        job.startTime = now;
        job.serviceSeconds = context.serviceTimes().seconds(job, network.model[node]);
        double hold = verifier == null ? job.serviceSeconds : verifier.holdSeconds(job, node);
        if (job.workShare > 0) {
            metrics.busyChange(now, node, job.milliGpus);
        }
        metrics.running++;
        job.eventHandle = sim.schedule().scheduleIn(hold, job);
    }

    /** Takes a running job off its node and gives the capacity back. */
    private void release(Job job) {
        int node = job.node;
        if (job.previousOnNode == null) {
            network.running[node] = job.nextOnNode;
        } else {
            job.previousOnNode.nextOnNode = job.nextOnNode;
        }
        if (job.nextOnNode != null) {
            job.nextOnNode.previousOnNode = job.previousOnNode;
        }
        job.nextOnNode = null;
        job.previousOnNode = null;
        network.freeMilli[node] += job.milliGpus;
        network.freeVram[node] += job.vramBytes * job.wholeGpus();
        index.update(node);
        double now = sim.now();
        if (job.workShare > 0) {
            // a faked run held the GPUs at idle power
            metrics.busyChange(now, node, -job.milliGpus);
        }
        metrics.running--;
        network.busyMilliSeconds[node] += job.milliGpus * (now - job.startTime);
    }

    private void complete(Job job) {
        int node = job.node;
        release(job);
        double fee = network.askUsdPerGpuHour[node] * job.milliGpus / 1000.0 * job.serviceSeconds / 3600;
        network.revenueUsd[node] += fee;
        nodeEpochs.completed(node, job.milliGpus / 1000.0 * job.serviceSeconds, job.flop, fee);
        job.state = Job.State.COMPLETED;
        if (verifier != null && verifier.completed(job, node, fee)) {
            offerQueue(node);
            return;
        }
        metrics.completed(job, sim.now(), fee, job.flop);
        if (demand != null) {
            // response time less service time: queueing and any runs lost to failures
            epochWaitSeconds += sim.now() - job.arrivalTime - job.serviceSeconds;
        }
        listener.completed(job, node, sim.now());
        offerQueue(node);
    }

    /** Re-reads node {@code node} into the capacity index (after its availability changed). */
    void refreshIndex(int node) {
        index.update(node);
    }

    /**
     * Node {@code node} failed or its operator went offline: one fault of the node, however many
     * of its jobs (none, when idle) are interrupted.
     */
    void goOffline(int node) {
        nodeEpochs.fault(node);
        takeOffline(node);
    }

    private void takeOffline(int node) {
        double now = sim.now();
        metrics.onlineChange(now, node, false);
        downSince[node] = now;
        index.update(node);
        for (Job job = network.running[node]; job != null; ) {
            Job next = job.nextOnNode;
            interrupt(job);
            job = next;
        }
    }

    /** Node {@code node} came back online. */
    void goOnline(int node) {
        double now = sim.now();
        metrics.onlineChange(now, node, true);
        downSeconds[node] += now - downSince[node];
        nodeEpochs.down(node, downSince[node], now);
        index.update(node);
        offerQueue(node);
    }

    private void interrupt(Job job) {
        sim.schedule().cancel(job.eventHandle);
        job.eventHandle = -1;
        release(job);
        double gpuSeconds = job.milliGpus / 1000.0 * (sim.now() - job.startTime);
        nodeEpochs.interrupted(job.node, gpuSeconds);
        metrics.interrupted(job.node, gpuSeconds);
        if (config.network().retryInterrupted() && job.attempts < config.network().maxAttempts()) {
            metrics.retried++;
            job.state = Job.State.QUEUED;
            int node = select(job);
            if (node >= 0) {
                start(job, node);
            } else {
                enqueue(job, true);
            }
        } else {
            job.state = Job.State.LOST;
            if (job.verifies == null) {
                metrics.lost++;
            } else {
                verifier.lost(job);
            }
        }
    }

    /** Offers the capacity of {@code node} to the waiting jobs, from the head of the queue. */
    private void offerQueue(int node) {
        dropExpiredHeads();
        if (metrics.queued == 0 || !network.online(node) || network.freeMilli[node] == 0) {
            return;
        }
        int examined = 0;
        int offered = 0;
        // a started job leaves the deque at once (it is near the head, so this is cheap): if it is
        // interrupted later and queued again, no stale entry of it may remain
        for (Iterator<Job> it = queue.iterator(); it.hasNext(); ) {
            Job job = it.next();
            // expired entries count too, so that a long run of them cannot make one offer slow
            if (examined++ >= 4 * SCAN_LIMIT) {
                break;
            }
            if (expired(job)) {
                it.remove();
                renege(job);
                continue;
            }
            if (++offered > SCAN_LIMIT) {
                break;
            }
            if (fits(job, node)) {
                it.remove();
                metrics.queued--;
                start(job, node);
                if (network.freeMilli[node] == 0) {
                    break;
                }
            }
        }
        dropExpiredHeads();
    }

    private void dropExpiredHeads() {
        while (!queue.isEmpty() && expired(queue.peekFirst())) {
            renege(queue.pollFirst());
        }
    }

    /** Reneges every waiting job whose deadline has passed. */
    private void sweepExpired() {
        for (Iterator<Job> it = queue.iterator(); it.hasNext(); ) {
            Job job = it.next();
            if (expired(job)) {
                it.remove();
                renege(job);
            }
        }
    }

    private boolean fits(Job job, int node) {
        int m = network.model[node];
        return job.allows(m) && network.freeMilli[node] >= job.milliGpus
                && network.freeVram[node] >= job.vramBytes * job.wholeGpus()
                && network.models.get(m).vramGb() * 1e9 >= job.vramBytes
                && network.askUsdPerGpuHour[node] <= job.maxPriceUsdPerGpuHour
                && (job.verifies == null || !verifier.avoids(job, node));
    }

    private void endEpoch() {
        sweepExpired();
        double now = sim.now();
        metrics.endEpoch(now, now - lastEpochEnd);
        if (demand != null) {
            EpochStats stats = metrics.epochs().get(metrics.epochs().size() - 1);
            demandEpochs.add(demand.epochEnded(stats.epoch(), stats.feeRevenueUsd(), stats.gpuSecondsDelivered(),
                    stats.completed(), stats.dropped() + stats.reneged() + stats.lost(),
                    stats.completed() == 0 ? 0 : epochWaitSeconds / stats.completed()));
            epochWaitSeconds = 0;
        }
        lastEpochEnd = now;
        for (int n = 0; n < network.nodeCount(); n++) {
            if (!network.online(n)) {
                downSeconds[n] += now - downSince[n];
                nodeEpochs.down(n, downSince[n], now);
                downSince[n] = now;
            }
        }
        nodeEpochs.close(now);
        for (EpochObserver observer : observers) {
            observer.epochEnded(epochIndex, nodeEpochs, control);
        }
        epochIndex++;
        nodeEpochs.reset(now);
        long checks = 0;
        if (verifier != null) {
            verifier.epochEnded();
            fraud.drawNewOperators();
            fraud.reset(epochsAfter(now));
            checks = verifier.inFlight();
        }
        long accounted = metrics.completed + metrics.droppedNoEligibleNode + metrics.droppedQueueFull + metrics.reneged
                + metrics.lost + metrics.queued + metrics.running - checks;
        if (accounted != metrics.arrived || queue.size() != metrics.queued) {
            throw new IllegalStateException("job accounting broken at " + now + " s: arrived " + metrics.arrived
                    + " != completed + dropped + reneged + lost + queued + running = " + accounted);
        }
    }

    private RunResult result() {
        double end = sim.now();
        for (int n = 0; n < network.nodeCount(); n++) {
            if (!network.online(n)) {
                downSeconds[n] += end - downSince[n];
                downSince[n] = end;
            }
        }
        List<OperatorSummary> operators = new ArrayList<>(network.operatorCount());
        long gpus = 0;
        for (int o = 0; o < network.operatorCount(); o++) {
            long operatorGpus = 0;
            double revenue = 0;
            double busy = 0;
            double down = 0;
            double hardware = 0;
            for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                operatorGpus += network.gpus[n];
                revenue += network.revenueUsd[n];
                busy += network.busyMilliSeconds[n] / 1000;
                down += downSeconds[n];
                hardware += network.hardwareCostUsd[n];
            }
            gpus += operatorGpus;
            operators.add(new OperatorSummary(network.operatorName[o],
                    network.operatorClasses.get(network.operatorClass[o]), network.nodeCount[o], operatorGpus, revenue,
                    busy, down, hardware));
        }
        return new RunResult(sim.seed(), end, network.models.stream().map(m -> m.id()).toList(),
                network.profiles.stream().map(p -> p.label().text()).toList(), network.regions, network.nodesInUse(),
                gpus, metrics.arrived, metrics.completed, metrics.droppedNoEligibleNode, metrics.droppedQueueFull,
                metrics.reneged, metrics.lost, metrics.interrupted, metrics.retried, metrics.queued, metrics.running,
                metrics.deliveredFlop, metrics.gpuSecondsDelivered, metrics.energy(), metrics.idleFloor(),
                metrics.latency(), metrics.epochs(), operators, sim.eventsFired(), demandEpochs,
                metrics.energyGroups(), Optional.ofNullable(verifier).map(Verifier::result), metrics.allJobsWait());
    }
}
