package org.depinlab.simulator.workload;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.depinlab.simulator.data.DataFormatException;

/**
 * Jobs replayed from a trace's pod list: arrivals at {@code creation_time}, service time from the
 * trace's duration (scaled by the node's speed, see {@code ServiceTimes}), GPU demand and model
 * constraints from the pod. All replayed jobs are of class 0 ({@link WorkloadConfig.Trace#CLASS_NAME}).
 */
public final class TraceJobs implements JobSource {

    private final List<AlibabaTrace.Pod> pods;
    private final long[] allowed;
    private final int[] reference;
    private final TraceReplay replay;
    private final Job.Events events;
    private final double endTime;
    private int next;

    /**
     * @param networkModels catalogue ids of the network's models, by index
     * @param resolve       catalogue id of a model name or alias; throws for an unknown name
     * @param endTime       pods arriving after it are not replayed
     */
    public TraceJobs(TraceReplay replay, List<String> networkModels, Function<String, String> resolve,
                     Job.Events events, double endTime) {
        AlibabaTrace.PodList podList = replay.podList();
        this.pods = podList.pods();
        this.replay = replay;
        this.events = events;
        this.endTime = endTime;
        Function<String, String> traceName = name -> resolve.apply(replay.modelNames().getOrDefault(name, name));
        String referenceId = traceName.apply(replay.referenceModel());
        int referenceIndex = indexOf(networkModels, referenceId);
        allowed = new long[pods.size()];
        reference = new int[pods.size()];
        for (int i = 0; i < pods.size(); i++) {
            AlibabaTrace.Pod pod = pods.get(i);
            try {
                allowed[i] = ModelMask.of(pod.gpuSpec(), networkModels, traceName);
                reference[i] = pod.gpuSpec().isEmpty() ? referenceIndex
                        : indexOf(networkModels, traceName.apply(pod.gpuSpec().get(0)));
            } catch (RuntimeException e) {
                throw new DataFormatException(podList.file() + ":" + pod.line() + ": gpu_spec: " + e.getMessage());
            }
        }
    }

    @Override
    public Job next() {
        if (next >= pods.size() || pods.get(next).arrival() > endTime) {
            return null;
        }
        int i = next++;
        AlibabaTrace.Pod pod = pods.get(i);
        double deadline = replay.patienceSeconds() == null ? Double.POSITIVE_INFINITY
                : pod.arrival() + replay.patienceSeconds();
        return new Job(i, 0, pod.arrival(), 0, 0, 0, pod.milliGpus(), 0, allowed[i], replay.maxPriceUsdPerGpuHour(),
                deadline, pod.duration(), reference[i], events);
    }

    private static int indexOf(List<String> models, String id) {
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).toUpperCase(Locale.ROOT).equals(id.toUpperCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
