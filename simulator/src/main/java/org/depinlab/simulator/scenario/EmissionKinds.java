package org.depinlab.simulator.scenario;

import java.util.List;

import org.depinlab.tokenomics.emission.BaselineMinting;
import org.depinlab.tokenomics.emission.EmissionSchedule;
import org.depinlab.tokenomics.emission.InflationEmission;

/** Reads the emission schedules given per year: {@code inflation} (Akash) and {@code baseline} (Filecoin). */
final class EmissionKinds {

    static final List<String> INFLATION = List.of("rate_per_year", "base_tokens");
    static final List<String> BASELINE = List.of("total_tokens", "baseline_share", "half_life_years", "baseline_gpus",
            "baseline_growth_per_year");
    private static final double MAX = 1e18;
    private static final double HOURS_PER_YEAR = 365 * 24;

    private EmissionKinds() {
    }

    /** Inflation of {@code rate_per_year} on base_tokens (genesis_tokens unless given) plus what it minted. */
    static EmissionSchedule inflation(Fields f, double epochHours, double genesis) {
        EmissionSchedule schedule = InflationEmission.annual(f.number("base_tokens", 0, MAX, genesis),
                f.number("rate_per_year", 0, 10), Math.max(1, HOURS_PER_YEAR / epochHours));
        f.done();
        return schedule;
    }

    /**
     * Baseline minting: {@code total_tokens} split into baseline_share (Filecoin: 770 M of 1.1 G FIL, 0.7)
     * released by effective network time and the rest by time, both with half-life {@code half_life_years}
     * (Filecoin: 6); the baseline starts at {@code baseline_gpus} GPUs online and grows by
     * {@code baseline_growth_per_year} a year (1 = doubling).
     */
    static EmissionSchedule baseline(Fields f, double epochHours) {
        double total = f.number("total_tokens", 0, MAX);
        double share = f.number("baseline_share", 0, 1, 0.7);
        double epochsPerYear = HOURS_PER_YEAR / epochHours;
        double halfLife = f.number("half_life_years", 0.01, 1000, 6);
        double gpus = f.number("baseline_gpus", 1e-9, MAX);
        double growth = f.number("baseline_growth_per_year", 0, 1000, 1);
        f.done();
        return new BaselineMinting(total * (1 - share), total * share, Math.log(2) / (halfLife * epochsPerYear), gpus,
                Math.log1p(growth) / epochsPerYear);
    }
}
