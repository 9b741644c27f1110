package org.depinlab.simulator.workload;

import java.util.Map;

/**
 * Replay of an Alibaba GPU v2023 pod list.
 *
 * @param podList               the pod list, read and checked
 * @param modelNames            trace model name → catalogue id, for names the catalogue lacks
 *                              (the trace's undisclosed G2 and G3)
 * @param referenceModel        catalogue id the durations of pods without gpu_spec were recorded on
 *                              (the service time is scaled from it to the node that runs the pod)
 * @param maxPriceUsdPerGpuHour what every pod pays at most per GPU-hour
 * @param patienceSeconds       how long a pod waits before it gives up; null = forever
 */
public record TraceReplay(AlibabaTrace.PodList podList, Map<String, String> modelNames, String referenceModel,
                          double maxPriceUsdPerGpuHour, Double patienceSeconds) {

    public TraceReplay {
        modelNames = modelNames == null ? Map.of() : Map.copyOf(modelNames);
    }
}
