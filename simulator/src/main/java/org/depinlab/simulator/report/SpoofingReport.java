package org.depinlab.simulator.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.depinlab.simulator.protocol.SpoofingEpoch;
import org.depinlab.simulator.protocol.SpoofingResult;

/** The report's section on spoofed capacity: what was claimed that does not exist, what it was paid, what caught it. */
final class SpoofingReport {

    private SpoofingReport() {
    }

    /** The section's heading, its answer and its charts; {@code x} is the epochs' days. */
    static String section(SpoofingResult spoofing, double[] x) {
        List<SpoofingEpoch> epochs = spoofing.epochs();
        double[] days = ReportHtml.axis(x, epochs.size());
        StringBuilder html = new StringBuilder("<h2 id=\"spoofing\">Spoofed capacity</h2>\n<p>")
                .append(ReportHtml.escape(answer(spoofing))).append("</p>\n");
        Map<String, double[]> ghosts = new LinkedHashMap<>();
        ghosts.put("GPUs claimed that do not exist", epochs.stream().mapToDouble(SpoofingEpoch::ghostGpus).toArray());
        html.append(Charts.lines("spoofedgpus", "GPUs claimed that do not exist", "day", "GPUs", days, ghosts));
        Map<String, double[]> paid = new LinkedHashMap<>();
        paid.put("paid for spoofed capacity / all paid",
                epochs.stream().mapToDouble(SpoofingEpoch::paidForSpoofedShare).toArray());
        html.append(Charts.lines("spoofedpaid", "Share of all paid that went to spoofed capacity", "day", "share",
                days, paid));
        if (spoofing.challenges()) {
            Map<String, double[]> caught = new LinkedHashMap<>();
            caught.put("spoofing nodes caught", epochs.stream().mapToDouble(SpoofingEpoch::detections).toArray());
            caught.put("honest nodes failed falsely",
                    epochs.stream().mapToDouble(SpoofingEpoch::falseFailures).toArray());
            html.append(Charts.lines("challenges", "Capacity challenges failed", "day", "nodes", days, caught));
        }
        return html.toString();
    }

    /** The section's answer, generated from the figures. */
    static String answer(SpoofingResult spoofing) {
        double peak = spoofing.peakGhostGpus();
        String claims = String.format(Locale.ROOT, "Spoofing nodes claimed %,.0f GPUs that do not exist on average"
                + " over the epochs (%,.0f at the peak), and %.1f %% of everything paid (rewards at their price and"
                + " fees) went to capacity and uptime that did not exist.", spoofing.meanGhostGpus(), peak,
                100 * spoofing.paidForSpoofedShare());
        if (!spoofing.challenges()) {
            return claims + " No claim was challenged.";
        }
        String caught = spoofing.detectedNodes() > 0
                ? String.format(Locale.ROOT, " after %.1f epochs on average", spoofing.meanEpochsToDetection()) : "";
        return claims + String.format(Locale.ROOT, " Capacity challenges caught %d of %d spoofing nodes%s, taking"
                + " %.2f %% of the GPU time delivered; %d honest nodes failed falsely.", spoofing.detectedNodes(),
                spoofing.spoofingNodes(), caught, 100 * spoofing.challengeOverheadShare(),
                spoofing.falseChallengeFailures());
    }
}
