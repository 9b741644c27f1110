package org.depinlab.gpubench.catalog;

/**
 * Per-direction bandwidth of a PCIe link from its generation and lane count: the raw transfer rate
 * per lane (GT/s) times the line-code efficiency (8b/10b for Gen 1-2, 128b/130b for Gen 3-5,
 * FLIT mode ~242/256 for Gen 6), as the PCI-SIG specifications define them.
 */
public final class PcieLink {

    private static final double[] GIGATRANSFERS_PER_LANE = {0, 2.5, 5, 8, 16, 32, 64};

    private PcieLink() {
    }

    /** Bytes per second in one direction. */
    public static double bytesPerSecond(int generation, int lanes) {
        if (generation < 1 || generation >= GIGATRANSFERS_PER_LANE.length) {
            throw new IllegalArgumentException("PCIe generation " + generation + " is not known (allowed: 1 to "
                    + (GIGATRANSFERS_PER_LANE.length - 1) + ")");
        }
        if (lanes != 1 && lanes != 2 && lanes != 4 && lanes != 8 && lanes != 16) {
            throw new IllegalArgumentException("PCIe lanes must be 1, 2, 4, 8 or 16, got " + lanes);
        }
        double encoding = generation <= 2 ? 8.0 / 10 : generation <= 5 ? 128.0 / 130 : 242.0 / 256;
        return GIGATRANSFERS_PER_LANE[generation] * 1e9 * encoding / 8 * lanes;
    }
}
