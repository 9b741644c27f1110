package org.depinlab.simulator.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of docs/outputs.md, made from {@link Columns}: each output's section lies between
 * {@code <!-- columns:NAME -->} and {@code <!-- end -->}, and {@link #regenerate} rewrites every
 * section from the declarations, leaving the prose around them as it is.
 */
public final class OutputsDoc {

    private static final Pattern SECTION = Pattern.compile("<!-- columns:(\\S+) -->\\n.*?<!-- end -->",
            Pattern.DOTALL);

    private OutputsDoc() {
    }

    /** Each section's name and its table, in the order of the outputs. */
    static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("run.json", table(Columns.RUN));
        sections.put("run.json:latency_by_class", table(Columns.LATENCY_IN_RUN));
        sections.put("run.json:energy_by_model_region", table(Columns.ENERGY_IN_RUN));
        sections.put("run.json:protocol", table(Columns.RUN_PROTOCOL));
        sections.put("run.json:demand", table(Columns.RUN_DEMAND));
        sections.put("run.json:outside_flows", table(Columns.RUN_OUTSIDE_FLOWS));
        sections.put("run.json:mint_and_burn", table(Columns.RUN_MINT_AND_BURN));
        sections.put("run.json:adversaries", table(Columns.RUN_ADVERSARIES));
        sections.put("run.json:spoofing", table(Columns.RUN_SPOOFING));
        sections.put("run.json:allocation_holders", table(Columns.HOLDERS_IN_RUN));
        sections.put("data/epochs.csv", table(Columns.epochsDocumented()));
        sections.put("data/protocol_epochs.csv", table(Columns.protocolEpochsDocumented()));
        sections.put("data/demand.csv", table(Columns.DEMAND_EPOCHS));
        sections.put("data/outside_flows.csv", table(Columns.OUTSIDE_FLOWS));
        sections.put("data/adversaries.csv", table(Columns.ADVERSARY_EPOCHS));
        sections.put("data/spoofing.csv", table(Columns.SPOOFING_EPOCHS));
        sections.put("data/operators.csv", table(Columns.OPERATORS));
        sections.put("data/holders.csv", table(Columns.HOLDER_EPOCHS));
        sections.put("data/value_capture.csv", table(Columns.valueCaptureDocumented()));
        sections.put("data/latency.csv", table(Columns.LATENCY));
        sections.put("data/energy.csv", table(Columns.ENERGY));
        return sections;
    }

    /**
     * {@code doc} with every section rewritten from the declarations.
     *
     * @throws IllegalArgumentException when a section names no output, or an output has no section
     */
    public static String regenerate(String doc) {
        Map<String, String> sections = sections();
        Set<String> missing = new LinkedHashSet<>(sections.keySet());
        Matcher section = SECTION.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (section.find()) {
            String name = section.group(1);
            if (!missing.remove(name)) {
                throw new IllegalArgumentException("a section names " + name + ", which is no output or is there"
                        + " twice (outputs: " + String.join(", ", sections.keySet()) + ")");
            }
            section.appendReplacement(out, Matcher.quoteReplacement(
                    "<!-- columns:" + name + " -->\n" + sections.get(name) + "<!-- end -->"));
        }
        section.appendTail(out);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no section for " + String.join(", ", missing)
                    + ": add <!-- columns:NAME --> and <!-- end --> lines where its table belongs");
        }
        return out.toString();
    }

    private static String table(List<? extends Column<?>> columns) {
        StringBuilder md = new StringBuilder("| name | unit | meaning |\n|---|---|---|\n");
        for (Column<?> column : columns) {
            md.append("| `").append(column.name()).append("` | ").append(column.unit()).append(" | ")
                    .append(column.meaning()).append(" |\n");
        }
        return md.toString();
    }
}
