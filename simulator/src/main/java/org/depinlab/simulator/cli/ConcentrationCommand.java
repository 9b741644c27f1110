package org.depinlab.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.depinlab.simulator.data.ColumnValues;
import org.depinlab.simulator.data.CsvTable;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.tokenomics.concentration.Concentration;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab concentration}: concentration metrics of any CSV column. */
@Command(name = "concentration",
        mixinStandardHelpOptions = true,
        description = {"Concentration of a distribution read from a CSV file: Gini, Nakamoto coefficient, HHI, Theil,"
                + " entropy, top-k and top-percent shares.",
            "With --column alone, one holder per row; with --group-by alone, the rows per group; with both, the"
                + " column summed per group."})
final class ConcentrationCommand implements Callable<Integer> {

    enum Format { json, csv, table }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with a header line.")
    private Path file;

    @Option(names = "--column", paramLabel = "COL", description = "Numeric column of holdings (values >= 0).")
    private String column;

    @Option(names = "--group-by", paramLabel = "COL", description = "Column naming the holder of each row.")
    private String groupBy;

    @Option(names = "--nakamoto-threshold", paramLabel = "T",
            description = "Share that the Nakamoto coalition must exceed, in [0, 1) (default: ${DEFAULT-VALUE}).")
    private double threshold = ConcentrationMetrics.DEFAULT_NAKAMOTO_THRESHOLD;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv or table (default: ${DEFAULT-VALUE}).")
    private Format format = Format.table;

    @Override
    public Integer call() {
        if (column == null && groupBy == null) {
            throw new UserInputException("give --column COL, --group-by COL, or both");
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new UserInputException("--nakamoto-threshold must be in [0, 1), got " + threshold);
        }
        Concentration result;
        try {
            result = ConcentrationMetrics.of(ColumnValues.of(CsvTable.read(file, List.of()), column, groupBy),
                    threshold);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> figures = figures(result);
        switch (format) {
            case json -> out.println(json(figures));
            case csv -> {
                out.println(String.join(",", figures.keySet()));
                out.println(String.join(",", figures.values().stream().map(String::valueOf).toList()));
            }
            case table -> figures.forEach((key, value) -> out.printf(Locale.ROOT, "%-16s %s%n", key,
                    value instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : value));
        }
        return 0;
    }

    /** The figures under their documented, stable snake_case names. */
    static Map<String, Object> figures(Concentration c) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("n", c.n());
        figures.put("total", c.total());
        figures.put("gini", c.gini());
        figures.put("nakamoto", c.nakamoto());
        figures.put("hhi", c.hhi());
        figures.put("theil", c.theil());
        figures.put("entropy_bits", c.entropyBits());
        figures.put("top1_share", c.top1Share());
        figures.put("top5_share", c.top5Share());
        figures.put("top10_share", c.top10Share());
        figures.put("top1pct_share", c.top1PctShare());
        figures.put("top10pct_share", c.top10PctShare());
        return figures;
    }

    private static String json(Map<String, Object> figures) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write figures as JSON", e);
        }
    }
}
