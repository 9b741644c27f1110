package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RuleComparisonTest {

    private static final String CONCAVE = "{\"rule\":\"concave_work\",\"alpha\":0.5}";
    private static final String STAKE = "{\"rule\":\"pro_rata_stake\"}";
    private static final String GPUS = "gpus_in_service_end";
    private static final String ENTRIES = "operator_entries";
    private static final String THROUGHPUT = "jobs_per_second";
    private static final String GINI = "reward_gini_true_mean";
    private static final List<String> OUTPUTS = List.of(GPUS, ENTRIES, THROUGHPUT, GINI);
    /** Student's t, 97.5th percentile, 2 degrees of freedom. */
    private static final double T2 = 4.302652729911275;

    /** Pro-rata's figures by output, replications 0, 1, 2. */
    private static final Map<String, double[]> PRO_RATA = Map.of(GPUS, new double[] {100, 110, 120},
            ENTRIES, new double[] {10, 12, 14}, THROUGHPUT, new double[] {0.2, 0.2, 0.2}, GINI,
            new double[] {0.80, 0.82, 0.84});

    /** Point {@code point} of {@code rule}: 3 replications, figures pro-rata's plus {@code offsets[output][r]}. */
    private static void add(List<RunRecord> runs, int point, String rule, Map<String, double[]> offsets,
                            Map<String, String> others) {
        for (int r = 0; r < 3; r++) {
            Map<String, Double> figures = new HashMap<>();
            for (String output : OUTPUTS) {
                figures.put(output, PRO_RATA.get(output)[r] + offsets.getOrDefault(output, new double[3])[r]);
            }
            Map<String, String> values = new HashMap<>(others);
            values.put(SybilBreakEven.RULE, rule);
            runs.add(new RunRecord(point, r, 100 + r, values, figures));
        }
    }

    private static List<RunRecord> sweep() {
        List<RunRecord> runs = new ArrayList<>();
        Map<String, String> days = Map.of("duration_days", "30");
        add(runs, 0, CONCAVE, Map.of(GPUS, new double[] {3, 4, 5}, ENTRIES, new double[] {-1, 1, 0},
                THROUGHPUT, new double[] {-0.010, -0.011, -0.012}, GINI, new double[] {-0.10, -0.11, -0.09}), days);
        add(runs, 1, SybilBreakEven.REFERENCE, Map.of(), days);
        add(runs, 2, STAKE, Map.of(), days);
        return runs;
    }

    private static RuleComparison.Row row(List<RunRecord> runs, int index) {
        return RuleComparison.of(runs, OUTPUTS).orElseThrow().rows().get(index);
    }

    @Test
    void pairsEachRuleWithProRataByReplicationWithAStudentTInterval() {
        RuleComparison.Row concave = row(sweep(), 0);
        PairedDifference gpus = concave.differences().get(GPUS);
        // differences 3, 4, 5: mean 4, standard deviation 1
        assertEquals(3, gpus.pairs());
        assertEquals(4, gpus.mean(), 1e-12);
        assertEquals(4 - T2 / Math.sqrt(3), gpus.low(), 1e-9);
        assertEquals(4 + T2 / Math.sqrt(3), gpus.high(), 1e-9);
        assertTrue(gpus.excludesZero());
        // differences −1, 1, 0: mean 0, standard deviation 1
        PairedDifference entries = concave.differences().get(ENTRIES);
        assertEquals(0, entries.mean(), 1e-12);
        assertEquals(-T2 / Math.sqrt(3), entries.low(), 1e-9);
        assertFalse(entries.excludesZero());
    }

    @Test
    void theSentenceNamesEachDetectedDifferenceWithItsIntervalThenTheRest() {
        // throughput: mean −0.011, sd 0.001, half-width 0.00248; Gini: mean −0.1, sd 0.01, half-width 0.0248
        assertEquals("{rule: concave_work, alpha: 0.5} vs pro_rata_work: 4 more GPUs in service at the end (95 % CI"
                        + " 1.52 to 6.48), throughput lower by 0.011 jobs/s (95 % CI 0.00852 to 0.0135), true reward Gini"
                        + " (per owner, mean over epochs) lower by 0.1 (95 % CI 0.0752 to 0.125); no detectable"
                        + " difference in operator entries.",
                RuleComparison.sentence(row(sweep(), 0)));
    }

    @Test
    void aRuleThatChangesNothingHasNoDetectableDifference() {
        RuleComparison.Row stake = row(sweep(), 1);
        assertEquals(STAKE, stake.rule());
        assertEquals("{rule: pro_rata_stake} vs pro_rata_work: no detectable difference in GPUs in service at the end,"
                + " operator entries, throughput, true reward Gini (per owner, mean over epochs).",
                RuleComparison.sentence(stake));
    }

    @Test
    void withOneReplicationThereIsNoIntervalAndNothingIsDetectable() {
        List<RunRecord> first = sweep().stream().filter(r -> r.replication() == 0).toList();
        PairedDifference gpus = row(first, 0).differences().get(GPUS);
        assertEquals(1, gpus.pairs());
        assertEquals(3, gpus.mean(), 1e-12);
        assertFalse(gpus.excludesZero());
        assertTrue(RuleComparison.sentence(row(first, 0)).endsWith("no detectable difference in GPUs in service at"
                + " the end, operator entries, throughput, true reward Gini (per owner, mean over epochs)."));
    }

    @Test
    void theComparisonIsTheSameWhateverOrderTheRunsFinishedIn() {
        List<RunRecord> shuffled = new ArrayList<>(sweep());
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 0, 4);
        assertEquals(RuleComparison.of(sweep(), OUTPUTS), RuleComparison.of(shuffled, OUTPUTS));
        assertEquals(List.of(CONCAVE, STAKE), RuleComparison.of(shuffled, OUTPUTS).orElseThrow().rows().stream()
                .map(RuleComparison.Row::rule).toList());
    }

    @Test
    void proRatasMeansGiveTheScale() {
        Map<String, Double> proRata = RuleComparison.of(sweep(), OUTPUTS).orElseThrow().proRata();
        assertEquals(List.of(GPUS, ENTRIES, THROUGHPUT, GINI), List.copyOf(proRata.keySet()));
        assertEquals(110, proRata.get(GPUS), 1e-12);
        assertEquals(0.82, proRata.get(GINI), 1e-12);
    }

    @Test
    void withoutListedOutputsTheEconomysFiguresTheRunsRecordAreCompared() {
        assertEquals(List.of(GPUS, ENTRIES, THROUGHPUT, GINI),
                RuleComparison.of(sweep(), List.of()).orElseThrow().outputs());
    }

    @Test
    void anOutputWithoutAPhraseIsNamedWithItsUnitFromColumns() {
        List<RunRecord> runs = new ArrayList<>();
        for (String rule : List.of(SybilBreakEven.REFERENCE, CONCAVE)) {
            for (int r = 0; r < 3; r++) {
                double minted = rule.equals(CONCAVE) ? 200 + r : 100 + 2 * r;
                runs.add(new RunRecord(runs.size() / 3, r, r, Map.of(SybilBreakEven.RULE, rule),
                        Map.of("tokens_minted", minted)));
            }
        }
        // differences 100, 99, 98: mean 99, sd 1
        assertEquals("{rule: concave_work, alpha: 0.5} vs pro_rata_work: tokens_minted higher by 99 tokens"
                + " (95 % CI 96.5 to 101).", RuleComparison.sentence(RuleComparison.of(runs, List.of("tokens_minted"))
                .orElseThrow().rows().get(0)));
    }

    @Test
    void aSweepThatVariesAnotherFieldOrLacksProRataHasNoComparison() {
        List<RunRecord> twoLimits = new ArrayList<>();
        add(twoLimits, 0, SybilBreakEven.REFERENCE, Map.of(), Map.of(SybilBreakEven.LIMIT, "1"));
        add(twoLimits, 1, CONCAVE, Map.of(), Map.of(SybilBreakEven.LIMIT, "1"));
        add(twoLimits, 2, SybilBreakEven.REFERENCE, Map.of(), Map.of(SybilBreakEven.LIMIT, "4"));
        add(twoLimits, 3, CONCAVE, Map.of(), Map.of(SybilBreakEven.LIMIT, "4"));
        assertEquals(Optional.empty(), RuleComparison.of(twoLimits, OUTPUTS));
        assertEquals("", RuleComparison.section(twoLimits, OUTPUTS));
        List<RunRecord> withoutProRata = sweep().stream()
                .filter(r -> !r.values().get(SybilBreakEven.RULE).equals(SybilBreakEven.REFERENCE)).toList();
        assertEquals(Optional.empty(), RuleComparison.of(withoutProRata, OUTPUTS));
        List<RunRecord> proRataAlone = sweep().stream()
                .filter(r -> r.values().get(SybilBreakEven.RULE).equals(SybilBreakEven.REFERENCE)).toList();
        assertEquals(Optional.empty(), RuleComparison.of(proRataAlone, OUTPUTS));
    }

    @Test
    void theSweepReportLeadsWithTheSentencesAndTabulatesTheDifferencesWithUnits() {
        String page = SweepReport.page("rules", sweep(), OUTPUTS);
        int section = page.indexOf("<h2>Reward rules against pro-rata</h2>");
        assertTrue(section > 0 && section < page.indexOf("<h2 id=\"responses\">Responses</h2>"), page);
        assertTrue(page.contains("<p>{rule: concave_work, alpha: 0.5} vs pro_rata_work: 4 more GPUs"), page);
        assertTrue(page.contains("<th>gpus_in_service_end (GPUs)</th><th>operator_entries (operators)</th>"), page);
        assertTrue(page.contains("<tr><td>pro_rata_work (mean)</td><td>110</td><td>12</td><td>0.2</td>"
                + "<td>0.82</td></tr>"), page);
        assertTrue(page.contains("<td><b>+4 [1.52, 6.48]</b></td><td>0 [-2.48, 2.48]</td>"), page);
    }
}
