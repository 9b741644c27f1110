package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.sweep.PairedDifference;

/**
 * Every combination of the factors' levels (the last factor varying fastest). Without
 * {@code against}, point 0 (every factor at its first level) is the reference of every other
 * point; against factor F, each point's reference is the point with F at its first level and every
 * other factor as it is. Each point that is not a reference is a variant, estimated as its paired
 * difference from its reference (replication r against replication r, the same seed) and, with
 * {@code ratios}, as its paired ratio to it (variant / reference within each replication).
 *
 * @param factors the factors
 * @param ratios  whether ratios are estimated too
 * @param against the index of the factor whose first level is the reference; -1: point 0 for all
 */
record CompareStudy(List<StudyFile.Factor> factors, boolean ratios, int against) implements StudyDesign {

    static final String DIFFERENCE = "paired difference from the baseline";
    static final String RATIO = "paired ratio to the baseline";
    static final String BASELINE = "baseline";

    @Override
    public List<Map<String, JsonNode>> points() {
        List<Map<String, JsonNode>> points = new ArrayList<>();
        for (int[] at : indices()) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int d = 0; d < factors.size(); d++) {
                values.put(factors.get(d).path(), factors.get(d).levels().get(at[d]));
            }
            points.add(values);
        }
        return points;
    }

    /** Each point's level index of every factor, in the points' order. */
    List<int[]> indices() {
        List<int[]> indices = new ArrayList<>();
        int[] at = new int[factors.size()];
        while (true) {
            indices.add(at.clone());
            int d = factors.size() - 1;
            while (d >= 0 && ++at[d] == factors.get(d).levels().size()) {
                at[d] = 0;
                d--;
            }
            if (d < 0) {
                return indices;
            }
        }
    }

    /** The point with {@code indices} (one level index per factor). */
    int point(int[] indices) {
        int p = 0;
        for (int d = 0; d < factors.size(); d++) {
            p = p * factors.get(d).levels().size() + indices[d];
        }
        return p;
    }

    /** The level index of every factor at point {@code p}: the inverse of {@link #point}. */
    int[] indices(int p) {
        int[] at = new int[factors.size()];
        for (int d = factors.size() - 1; d >= 0; d--) {
            at[d] = p % factors.get(d).levels().size();
            p /= factors.get(d).levels().size();
        }
        return at;
    }

    /** The reference of point {@code p}: point 0, or the point with the against factor at its first level. */
    int reference(int p) {
        if (against < 0) {
            return 0;
        }
        int[] at = indices(p);
        at[against] = 0;
        return point(at);
    }

    @Override
    public List<Finding> findings(String output, double[][] responses) {
        int points = responses.length;
        List<Estimate> references = new ArrayList<>();
        List<Estimate> differences = new ArrayList<>();
        List<Estimate> ratio = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            int reference = reference(p);
            if (reference == p) {
                references.add(Estimate.ofReplications(label(p), responses[p]));
                continue;
            }
            differences.add(Estimate.of(label(p), PairedDifference.of(byReplication(responses[p]),
                    byReplication(responses[reference]))));
            double[] r = new double[responses[p].length];
            for (int i = 0; i < r.length; i++) {
                r[i] = responses[p][i] / responses[reference][i];
            }
            ratio.add(Estimate.ofReplications(label(p), r));
        }
        List<Finding> findings = new ArrayList<>(List.of(new Finding(output, BASELINE, references),
                new Finding(output, DIFFERENCE, differences)));
        if (ratios) {
            findings.add(new Finding(output, RATIO, ratio));
        }
        return findings;
    }

    @Override
    public String answer(List<Finding> findings) {
        Finding differences = findings.get(1);
        String output = OutputLabel.of(differences.output());
        List<Estimate> clear = new ArrayList<>(differences.estimates().stream().filter(Estimate::excludesZero).toList());
        clear.sort(Comparator.comparingDouble((Estimate e) -> -Math.abs(e.mean())));
        List<String> unclear = differences.estimates().stream().filter(e -> !e.excludesZero()).map(Estimate::label)
                .toList();
        StringBuilder text = new StringBuilder(against < 0 ? "Against " + findings.get(0).estimates().get(0).label()
                + " (" + output + " " + StudyText.withInterval(findings.get(0).estimates().get(0)) + "), "
                : "Against " + factors.get(against).levelLabels().get(0) + " at the same "
                + otherFactors() + ", ");
        if (clear.isEmpty()) {
            text.append("no variant changes ").append(output).append(" beyond its 95 % interval");
        } else {
            List<String> moves = new ArrayList<>();
            for (Estimate e : clear.subList(0, Math.min(4, clear.size()))) {
                moves.add(e.label() + " " + StudyText.verb(e) + (moves.isEmpty() ? " " + output : " it") + " by "
                        + StudyText.size(e) + times(findings, e));
            }
            text.append(String.join("; ", moves));
            if (clear.size() > 4) {
                text.append("; ").append(clear.size() - 4).append(" more variants differ beyond their intervals (see"
                        + " the evidence)");
            }
        }
        if (!unclear.isEmpty()) {
            text.append(". Not distinguishable from ").append(against < 0 ? "the baseline" : "their reference")
                    .append(" at 95 %: ").append(unclear.size() > 4 ? unclear.size() + " of "
                            + differences.estimates().size() + " variants" : StudyText.list(unclear));
        }
        return text.append('.').toString();
    }

    private String otherFactors() {
        List<String> others = new ArrayList<>();
        for (int d = 0; d < factors.size(); d++) {
            if (d != against) {
                others.add(factors.get(d).label());
            }
        }
        return others.isEmpty() ? "point" : StudyText.list(others);
    }

    /** {@code , 10.1 [9.8, 10.4] times its reference}: the variant's paired ratio, when estimated. */
    private static String times(List<Finding> findings, Estimate difference) {
        if (findings.size() < 3) {
            return "";
        }
        return findings.get(2).estimates().stream().filter(e -> e.label().equals(difference.label())).findFirst()
                .map(e -> " (" + StudyText.withInterval(e) + " times)").orElse("");
    }

    @Override
    public String describe() {
        String reference = against < 0 ? "against the baseline (every factor at its first level)"
                : "each level of " + factors.get(against).label() + " against its first level ("
                + factors.get(against).levelLabels().get(0) + ") at the same levels of the other factors";
        return "compare: every combination of the factors' levels, " + reference + ", " + points().size()
                + " design points; paired differences" + (ratios ? " and ratios" : "") + " by replication, 95 %"
                + " intervals by Student's t";
    }

    /**
     * Point {@code p} in words: each factor's level label, the factor's own label before a level that
     * is a bare value ({@code spot check share 0.01}), joined by commas.
     */
    String label(int p) {
        int[] at = indices(p);
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < factors.size(); d++) {
            StudyFile.Factor f = factors.get(d);
            String level = f.levelLabels().get(at[d]);
            boolean bare = level.equals(StudyFile.Factor.text(f.levels().get(at[d])));
            parts.add(bare && (factors.size() > 1 || !f.levels().get(at[d]).isObject()) ? f.label() + " " + level
                    : level);
        }
        return String.join(", ", parts);
    }

    static Map<Integer, Double> byReplication(double[] values) {
        Map<Integer, Double> map = new HashMap<>();
        for (int r = 0; r < values.length; r++) {
            if (Double.isFinite(values[r])) {
                map.put(r, values[r]);
            }
        }
        return map;
    }
}
