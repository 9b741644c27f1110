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
 * Every combination of the factors' levels (the last factor varying fastest); point 0, every factor
 * at its first level, is the baseline. Each other point is a variant, estimated as its paired
 * difference from the baseline (replication r against replication r, the same seed) and, with
 * {@code ratios}, as its paired ratio to the baseline (variant / baseline within each replication).
 */
record CompareStudy(List<StudyFile.Factor> factors, boolean ratios) implements StudyDesign {

    static final String DIFFERENCE = "paired difference from the baseline";
    static final String RATIO = "paired ratio to the baseline";
    static final String BASELINE = "baseline";

    @Override
    public List<Map<String, JsonNode>> points() {
        List<Map<String, JsonNode>> points = new ArrayList<>();
        int[] at = new int[factors.size()];
        while (true) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int d = 0; d < factors.size(); d++) {
                values.put(factors.get(d).path(), factors.get(d).levels().get(at[d]));
            }
            points.add(values);
            int d = factors.size() - 1;
            while (d >= 0 && ++at[d] == factors.get(d).levels().size()) {
                at[d] = 0;
                d--;
            }
            if (d < 0) {
                return points;
            }
        }
    }

    @Override
    public List<Finding> findings(String output, double[][] responses) {
        List<Map<String, JsonNode>> points = points();
        Map<Integer, Double> baseline = byReplication(responses[0]);
        List<Estimate> differences = new ArrayList<>();
        for (int p = 1; p < points.size(); p++) {
            differences.add(Estimate.of(label(points.get(p)),
                    PairedDifference.of(byReplication(responses[p]), baseline)));
        }
        List<Finding> findings = new ArrayList<>(List.of(new Finding(output, BASELINE,
                List.of(Estimate.ofReplications(label(points.get(0)), responses[0]))),
                new Finding(output, DIFFERENCE, differences)));
        if (ratios) {
            List<Estimate> ratio = new ArrayList<>();
            for (int p = 1; p < points.size(); p++) {
                double[] r = new double[responses[p].length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = responses[p][i] / responses[0][i];
                }
                ratio.add(Estimate.ofReplications(label(points.get(p)), r));
            }
            findings.add(new Finding(output, RATIO, ratio));
        }
        return findings;
    }

    @Override
    public String answer(List<Finding> findings) {
        Estimate baseline = findings.get(0).estimates().get(0);
        Finding differences = findings.get(1);
        List<Estimate> largest = new ArrayList<>(differences.estimates());
        largest.sort(Comparator.comparingDouble((Estimate e) -> -Math.abs(e.mean())));
        StringBuilder text = new StringBuilder("Against the baseline " + baseline.label() + " ("
                + differences.output() + " " + StudyText.withInterval(baseline) + "), ");
        text.append(largest.get(0).label()).append(" changes ").append(differences.output()).append(" by ")
                .append(StudyText.withInterval(largest.get(0))).append(times(findings, largest.get(0)));
        if (largest.size() > 1) {
            text.append(" and ").append(largest.get(1).label()).append(" by ")
                    .append(StudyText.withInterval(largest.get(1))).append(times(findings, largest.get(1)));
        }
        long clear = largest.stream().filter(Estimate::excludesZero).count();
        text.append(". ").append(clear).append(" of ").append(largest.size()).append(largest.size() == 1
                ? " variant differs" : " variants differ").append(" from the baseline beyond the 95 % interval.");
        return text.toString();
    }

    /** {@code , 10.1 [9.8, 10.4] times the baseline}: the variant's paired ratio, when estimated. */
    private static String times(List<Finding> findings, Estimate difference) {
        if (findings.size() < 3) {
            return "";
        }
        return findings.get(2).estimates().stream().filter(e -> e.label().equals(difference.label())).findFirst()
                .map(e -> ", " + StudyText.withInterval(e) + " times the baseline").orElse("");
    }

    @Override
    public String describe() {
        return "compare: every combination of the factors' levels against the baseline (every factor at its first"
                + " level), " + points().size() + " design points; paired differences" + (ratios ? " and ratios" : "")
                + " by replication, 95 % intervals by Student's t";
    }

    /**
     * A point's levels: the value alone for one factor, {@code name = value, ...} for several, each
     * factor named by the last part of its path where no other factor's ends the same.
     */
    private String label(Map<String, JsonNode> point) {
        if (point.size() == 1) {
            return text(point.values().iterator().next());
        }
        List<String> parts = new ArrayList<>();
        point.forEach((path, value) -> parts.add(shortName(path) + " = " + text(value)));
        return String.join(", ", parts);
    }

    private String shortName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        long same = factors.stream().filter(f -> f.path().substring(f.path().lastIndexOf('.') + 1).equals(last))
                .count();
        return same == 1 ? last : path;
    }

    /** A level as a reader writes it: {@code rule: pro_rata_work, cap_share: 0.01} for a mapping. */
    static String text(JsonNode value) {
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(entry -> parts.add(entry.getKey() + ": " + text(entry.getValue())));
            return "(" + String.join(", ", parts) + ")";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static Map<Integer, Double> byReplication(double[] values) {
        Map<Integer, Double> map = new HashMap<>();
        for (int r = 0; r < values.length; r++) {
            if (Double.isFinite(values[r])) {
                map.put(r, values[r]);
            }
        }
        return map;
    }
}
