package org.depinlab.simulator.workload;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Turns model names into a bit mask over a network's model indices. */
final class ModelMask {

    private ModelMask() {
    }

    /**
     * Bit i set when network model i is among {@code names} (each resolved to a catalogue id by
     * {@code resolve}); all bits when {@code names} is empty. Names of models absent from the
     * network allow nothing.
     */
    static long of(List<String> names, List<String> networkModels, Function<String, String> resolve) {
        if (names.isEmpty()) {
            return -1L;
        }
        long mask = 0;
        for (String name : names) {
            String id = resolve.apply(name);
            for (int i = 0; i < networkModels.size(); i++) {
                if (networkModels.get(i).toUpperCase(Locale.ROOT).equals(id.toUpperCase(Locale.ROOT))) {
                    mask |= 1L << i;
                }
            }
        }
        return mask;
    }
}
