package org.depinlab.gpubench.profile;

/**
 * The figures the roofline service-time model needs, each labelled. An absent figure is a
 * capability the device lacks or that was not available (no host link on a CPU, no FP16 path).
 *
 * @param launchLatency   seconds from launch to start of a kernel (or task, on a CPU)
 * @param hostToDevice    host-to-device bandwidth, B/s; null when data already sits in device memory
 * @param deviceToHost    device-to-host bandwidth, B/s; null likewise
 * @param memoryBandwidth device memory bandwidth, B/s (bytes read plus bytes written)
 * @param fp32Peak        FP32 throughput, FLOP/s
 * @param fp16Peak        FP16 (tensor, where present) throughput, FLOP/s; null when unavailable
 * @param hashRate        64-bit integer hashes per second; null when unavailable
 */
public record ServiceFigures(Figure launchLatency, Figure hostToDevice, Figure deviceToHost, Figure memoryBandwidth,
                             Figure fp32Peak, Figure fp16Peak, Figure hashRate) {

    public ServiceFigures {
        if (launchLatency == null || memoryBandwidth == null || fp32Peak == null) {
            throw new IllegalArgumentException("a profile needs launch latency, memory bandwidth and FP32 peak");
        }
    }
}
