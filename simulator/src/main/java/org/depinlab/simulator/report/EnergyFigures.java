package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.depinlab.simulator.model.EnergyGroup;

/**
 * A run's facility energy and emissions: the network totals, summed over its (GPU model, region)
 * groups, and the answer to which group delivers a PFLOP for the least and the most.
 *
 * @param groups the groups of {@code data/energy.csv}
 */
public record EnergyFigures(List<EnergyGroup> groups) {

    private static final double JOULES_PER_KWH = 3.6e6;

    public EnergyFigures {
        groups = List.copyOf(groups);
    }

    /** Facility energy over the run, kWh. */
    public double kwh() {
        return sum(EnergyGroup::joules) / JOULES_PER_KWH;
    }

    /** Facility energy of GPUs running jobs that completed (or were running at the end), kWh. */
    public double busyKwh() {
        return sum(EnergyGroup::busyJoules) / JOULES_PER_KWH;
    }

    /** Facility energy of online GPUs running nothing, kWh. */
    public double idleKwh() {
        return sum(EnergyGroup::idleJoules) / JOULES_PER_KWH;
    }

    /** Facility energy of runs thrown away (interrupted), kWh. */
    public double wastedKwh() {
        return sum(EnergyGroup::wastedJoules) / JOULES_PER_KWH;
    }

    /** Emissions over the run, kgCO2e. */
    public double co2eKg() {
        return sum(EnergyGroup::co2eKg);
    }

    /** Idle energy / facility energy (0 with none drawn). */
    public double idleShare() {
        return share(idleKwh());
    }

    /** Wasted energy / facility energy (0 with none drawn). */
    public double wastedShare() {
        return share(wastedKwh());
    }

    /** Facility kWh per PFLOP delivered (NaN with none delivered). */
    public double kwhPerPflop() {
        return perPflop(kwh(), sum(EnergyGroup::flop));
    }

    /** kgCO2e per PFLOP delivered (NaN with none delivered). */
    public double co2eKgPerPflop() {
        return perPflop(co2eKg(), sum(EnergyGroup::flop));
    }

    /** kgCO2e per completed job (NaN with none completed). */
    public double co2eKgPerCompletedJob() {
        double jobs = sum(EnergyGroup::completedJobs);
        return jobs > 0 ? co2eKg() / jobs : Double.NaN;
    }

    /** A group's facility kWh per PFLOP it delivered (NaN with none). */
    public static double kwhPerPflop(EnergyGroup g) {
        return perPflop(g.joules() / JOULES_PER_KWH, g.flop());
    }

    /** A group's kgCO2e per PFLOP it delivered (NaN with none). */
    public static double co2eKgPerPflop(EnergyGroup g) {
        return perPflop(g.co2eKg(), g.flop());
    }

    /** {@code groups} by GPU model, in their order, each model's groups in theirs. */
    public static Map<String, List<EnergyGroup>> byModel(List<EnergyGroup> groups) {
        Map<String, List<EnergyGroup>> byModel = new LinkedHashMap<>();
        groups.forEach(g -> byModel.computeIfAbsent(g.model(), m -> new ArrayList<>()).add(g));
        return byModel;
    }

    /** A group's name: "model in region". */
    public static String label(EnergyGroup g) {
        return g.model() + " in " + g.region();
    }

    /**
     * The generated answer: the best and worst group by kWh and by kgCO2e per PFLOP, and the shares
     * of energy wasted and idle; empty when no group delivered work.
     */
    public Optional<String> answer() {
        List<EnergyGroup> delivering = groups.stream().filter(g -> g.flop() > 0).toList();
        if (delivering.isEmpty()) {
            return Optional.empty();
        }
        Comparator<EnergyGroup> byEnergy = Comparator.comparingDouble(EnergyFigures::kwhPerPflop);
        Comparator<EnergyGroup> byCarbon = Comparator.comparingDouble(EnergyFigures::co2eKgPerPflop);
        EnergyGroup leastEnergy = delivering.stream().min(byEnergy).orElseThrow();
        EnergyGroup mostEnergy = delivering.stream().max(byEnergy).orElseThrow();
        EnergyGroup leastCarbon = delivering.stream().min(byCarbon).orElseThrow();
        EnergyGroup mostCarbon = delivering.stream().max(byCarbon).orElseThrow();
        return Optional.of(String.format(Locale.ROOT, "Energy per PFLOP delivered ranges from %s kWh (%s) to %s kWh"
                        + " (%s), carbon from %s kgCO2e (%s) to %s kgCO2e (%s); of %s kWh drawn (facility), %.1f %%"
                        + " was wasted on interrupted runs and %.1f %% idled.",
                NumberText.of(kwhPerPflop(leastEnergy)), label(leastEnergy), NumberText.of(kwhPerPflop(mostEnergy)),
                label(mostEnergy), NumberText.of(co2eKgPerPflop(leastCarbon)), label(leastCarbon),
                NumberText.of(co2eKgPerPflop(mostCarbon)), label(mostCarbon), NumberText.of(kwh()), 100 * wastedShare(),
                100 * idleShare()));
    }

    private double sum(ToDoubleFunction<EnergyGroup> value) {
        return groups.stream().mapToDouble(value).sum();
    }

    private double share(double kwh) {
        double all = kwh();
        return all > 0 ? kwh / all : 0.0;
    }

    private static double perPflop(double amount, double flop) {
        return flop > 0 ? amount / (flop / 1e15) : Double.NaN;
    }
}
