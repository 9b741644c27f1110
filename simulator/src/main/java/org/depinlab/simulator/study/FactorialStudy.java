package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.scenario.StudyFile;

/**
 * A two-level factorial over the factors' low and high levels: main effects and (when the design
 * keeps them clear) two-way interactions, and for a full design of up to six factors the exact
 * Shapley attribution of the change from the low corner to the high corner.
 */
record FactorialStudy(List<StudyFile.Factor> factors, FactorialDesign design) implements StudyDesign {

    static final String MAIN = "main effect (high - low)";
    static final String INTERACTION = "two-way interaction";
    static final String SHAPLEY = "Shapley attribution of the change from the low corner to the high corner";
    static final String TOTAL = "change from the low corner to the high corner";
    /** The measure of an interaction plot's four corners: followed by the pair, {@code A x B}. */
    static final String CORNERS = "mean at the four corners of ";
    /** Interaction plots per output: the pairs with the largest interactions. */
    static final int MAX_CORNERS = 4;

    FactorialStudy(List<StudyFile.Factor> factors, int resolution) {
        this(factors, resolution == 0 ? FactorialDesign.full(factors.size())
                : FactorialDesign.fractional(factors.size(), resolution));
    }

    @Override
    public List<Map<String, JsonNode>> points() {
        List<Map<String, JsonNode>> points = new ArrayList<>();
        for (int[] row : design.signs()) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int j = 0; j < factors.size(); j++) {
                values.put(factors.get(j).path(), factors.get(j).levels().get(row[j] > 0 ? 1 : 0));
            }
            points.add(values);
        }
        return points;
    }

    @Override
    public List<Finding> findings(String output, double[][] responses) {
        List<String> names = StudyDesign.names(factors);
        FactorialEffects effects = FactorialEffects.of(design, names, responses);
        List<Finding> findings = new ArrayList<>();
        if (design.isFull() && factors.size() <= ShapleyAttribution.MAX_FACTORS) {
            ShapleyAttribution shapley = ShapleyAttribution.of(names, responses);
            findings.add(new Finding(output, TOTAL, List.of(shapley.total())));
            findings.add(new Finding(output, SHAPLEY, shapley.attributions()));
        }
        findings.add(new Finding(output, MAIN, effects.main()));
        if (!effects.interactions().isEmpty()) {
            findings.add(new Finding(output, INTERACTION, effects.interactions()));
            findings.addAll(corners(output, effects.interactions(), responses));
        }
        return findings;
    }

    /**
     * One sentence for the output of {@code findings}: of the change from the low corner to the high
     * corner, each factor's Shapley share, largest first, those whose interval contains 0 named as not
     * distinguishable from no effect (for a fraction: the main effects the same way).
     */
    @Override
    public String answer(List<Finding> findings) {
        String output = OutputLabel.of(findings.get(0).output());
        boolean shapley = findings.get(0).measure().equals(TOTAL);
        List<Estimate> shares = largestFirst(findings.get(shapley ? 1 : 0).estimates());
        List<String> clear = new ArrayList<>();
        for (Estimate e : shares.stream().filter(Estimate::excludesZero).toList()) {
            clear.add(e.label() + (!shapley ? " " : clear.isEmpty() ? " accounts for " : " for ")
                    + StudyText.withInterval(e));
        }
        List<String> none = shares.stream().filter(e -> !e.excludesZero()).map(Estimate::label).toList();
        StringBuilder text = new StringBuilder();
        if (shapley) {
            Estimate total = findings.get(0).estimates().get(0);
            text.append("Of the ").append(StudyText.size(total)).append(total.mean() < 0 ? " fall" : " rise")
                    .append(" in ").append(output).append(" from every factor low to every factor high, ");
            text.append(clear.isEmpty() ? "no factor's Shapley share is clear of 0" : String.join("; ", clear));
        } else {
            text.append("Main effects on ").append(output).append(" (high minus low): ")
                    .append(clear.isEmpty() ? "none clear of 0" : String.join("; ", clear));
        }
        if (!none.isEmpty()) {
            text.append("; ").append(StudyText.list(none)).append(none.size() == 1 ? " is" : " are")
                    .append(" not distinguishable from no effect");
        }
        return text.append('.').toString();
    }

    @Override
    public String describe() {
        String kind = design.isFull() ? "full 2^" + factors.size()
                : "fractional 2^(" + factors.size() + "-" + (factors.size() - Integer.numberOfTrailingZeros(
                        design.signs().length)) + ") of resolution " + design.resolution();
        return "factorial: " + kind + ", " + design.signs().length + " design points; effects within each replication,"
                + " 95 % intervals by Student's t" + (design.interactionsClear() ? ""
                : "; two-way interactions are aliased at this resolution and not estimated");
    }

    /**
     * For the pairs with the largest |interaction| (at most {@value #MAX_CORNERS}), the mean response at
     * the four corners of the pair, every other factor averaged out within each replication: A low and
     * B low, A high and B low, A low and B high, A high and B high.
     */
    private List<Finding> corners(String output, List<Estimate> interactions, double[][] responses) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < factors.size(); a++) {
            for (int b = a + 1; b < factors.size(); b++) {
                pairs.add(new int[] {a, b});
            }
        }
        List<Integer> largest = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            largest.add(i);
        }
        largest.sort(Comparator.comparingDouble(i -> -Math.abs(interactions.get(i).mean())));
        List<Finding> findings = new ArrayList<>();
        for (int i : largest.subList(0, Math.min(MAX_CORNERS, largest.size()))) {
            int a = pairs.get(i)[0];
            int b = pairs.get(i)[1];
            List<Estimate> corners = new ArrayList<>();
            for (int sb = -1; sb <= 1; sb += 2) {
                for (int sa = -1; sa <= 1; sa += 2) {
                    corners.add(Estimate.ofReplications(level(a, sa) + "; " + level(b, sb),
                            corner(a, sa, b, sb, responses)));
                }
            }
            findings.add(new Finding(output, CORNERS + interactions.get(i).label(), corners));
        }
        return findings;
    }

    private String level(int factor, int sign) {
        StudyFile.Factor f = factors.get(factor);
        String level = f.levelLabels().get(sign > 0 ? 1 : 0);
        return level.equals(StudyFile.Factor.text(f.levels().get(sign > 0 ? 1 : 0))) ? f.label() + " " + level : level;
    }

    /** Per replication, the mean response over the rows where factor a has sign sa and b has sb. */
    private double[] corner(int a, int sa, int b, int sb, double[][] responses) {
        int[][] signs = design.signs();
        double[] means = new double[responses[0].length];
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < signs.length; i++) {
                if (signs[i][a] == sa && signs[i][b] == sb) {
                    sum += responses[i][r];
                    n++;
                }
            }
            means[r] = sum / n;
        }
        return means;
    }

    private static List<Estimate> largestFirst(List<Estimate> estimates) {
        List<Estimate> sorted = new ArrayList<>(estimates);
        sorted.sort(Comparator.comparingDouble((Estimate e) -> -Math.abs(e.mean())));
        return sorted;
    }
}
