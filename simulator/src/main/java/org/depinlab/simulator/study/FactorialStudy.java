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
        }
        return findings;
    }

    @Override
    public String answer(List<Finding> findings) {
        String output = findings.get(0).output();
        if (findings.get(0).measure().equals(TOTAL)) {
            List<Estimate> shares = largestFirst(findings.get(1).estimates());
            StringBuilder text = new StringBuilder("Of the " + StudyText.withInterval(findings.get(0).estimates().get(0))
                    + " change in " + output + " from every factor low to every factor high, " + shares.get(0).label()
                    + " accounts for " + StudyText.withInterval(shares.get(0)));
            if (shares.size() > 1) {
                text.append("; ").append(shares.get(1).label()).append(" for ").append(StudyText.withInterval(shares.get(1)));
            }
            return text.append('.').toString();
        }
        List<Estimate> effects = largestFirst(findings.get(0).estimates());
        StringBuilder text = new StringBuilder(effects.get(0).label() + " moves " + output + " most: "
                + StudyText.withInterval(effects.get(0)) + " from its low to its high level");
        if (effects.size() > 1) {
            text.append("; then ").append(effects.get(1).label()).append(": ").append(StudyText.withInterval(effects.get(1)));
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

    private static List<Estimate> largestFirst(List<Estimate> estimates) {
        List<Estimate> sorted = new ArrayList<>(estimates);
        sorted.sort(Comparator.comparingDouble((Estimate e) -> -Math.abs(e.mean())));
        return sorted;
    }
}
