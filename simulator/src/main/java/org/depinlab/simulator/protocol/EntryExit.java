package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.List;

import org.depinlab.simulator.network.Network;

/**
 * An epoch's entry and exit beyond the counts of entries and exits: the potential entrants turned
 * away, the headroom bought, and what each operator class has in service at the epoch's end.
 *
 * @param entrantsDeclined          potential entrants whose expected return did not clear their hurdle
 * @param entriesRefusedPoolFull    potential entrants that cleared it but found the entrant pool full
 * @param expansions                headroom nodes bought and put in service by incumbents
 * @param operatorsInServiceByClass operators with capacity in service, per class (class order)
 * @param gpusInServiceByClass      GPUs in service, per class (class order)
 */
public record EntryExit(int entrantsDeclined, int entriesRefusedPoolFull, int expansions,
                        List<Integer> operatorsInServiceByClass, List<Long> gpusInServiceByClass) {

    public EntryExit {
        operatorsInServiceByClass = List.copyOf(operatorsInServiceByClass);
        gpusInServiceByClass = List.copyOf(gpusInServiceByClass);
    }

    /** The epoch's figures, reading what {@code network} has in service now (O(nodes in use)). */
    static EntryExit of(Network network, int declined, int refused, int expansions) {
        int classes = network.operatorClasses.size();
        int[] operators = new int[classes];
        long[] gpus = new long[classes];
        for (int o = 0; o < network.operatorCount(); o++) {
            boolean inService = false;
            for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                if (network.active(n)) {
                    gpus[network.operatorClass[o]] += network.gpus[n];
                    inService = true;
                }
            }
            operators[network.operatorClass[o]] += inService ? 1 : 0;
        }
        List<Integer> operatorList = new ArrayList<>(classes);
        List<Long> gpuList = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            operatorList.add(operators[c]);
            gpuList.add(gpus[c]);
        }
        return new EntryExit(declined, refused, expansions, operatorList, gpuList);
    }
}
