package org.depinlab.simulator.scenario;

import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.workload.DemandResponse;

/** Reads {@code workload.demand_response} (synthetic arrivals only) into a {@link DemandResponse}. */
final class DemandSection {

    static final String FIELD = "demand_response";
    private static final List<String> FIELDS = List.of("reference_usd_per_gpu_hour", "elasticity",
            "quality_exponent", "smoothing_epochs", "max_multiplier", "wait_exponent", "reference_wait_seconds");

    private DemandSection() {
    }

    /** The workload's demand response, or empty when {@code workload} has none. */
    static Optional<DemandResponse> read(Fields workload) {
        if (!workload.has(FIELD)) {
            return Optional.empty();
        }
        Fields d = workload.object(FIELD, FIELDS);
        DemandResponse response = new DemandResponse(d.number("reference_usd_per_gpu_hour", 0.001, 1e4),
                d.number("elasticity", 0, 10), d.number("quality_exponent", 0, 10, 1),
                d.number("smoothing_epochs", 1, 1e6, 24), d.number("max_multiplier", 1, 100, 4),
                d.number("wait_exponent", 0, 10, 0), d.number("reference_wait_seconds", 1, 1e7, 3_600));
        d.done();
        return Optional.of(response);
    }
}
