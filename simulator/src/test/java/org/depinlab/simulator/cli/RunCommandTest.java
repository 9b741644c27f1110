package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depinlab run}: a scenario to its outputs, end to end. */
class RunCommandTest {

    static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml");

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void runWritesTheKeyFiguresSummaryAndDataAndTheSameBytesForTheSameSeed() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        assertEquals(0, run("run", MINIMAL.toString(), "--out", first.toString(), "--quiet"), err.toString());
        assertEquals(0, run("run", MINIMAL.toString(), "--out", second.toString(), "--quiet"), err.toString());
        assertEquals(List.of(Path.of("data/energy.csv"), Path.of("data/epochs.csv"), Path.of("data/latency.csv"),
                Path.of("data/operators.csv"),
                Path.of("data/protocol_epochs.csv"), Path.of("data/value_capture.csv"),
                Path.of("depinlab-manifest.json"), Path.of("report.html"),
                Path.of("run.json"), Path.of("summary.md")), files(first));
        for (Path file : files(first)) {
            assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file.toString());
        }
        Map<?, ?> figures = new ObjectMapper().readValue(first.resolve("run.json").toFile(), Map.class);
        assertEquals("minimal", figures.get("scenario"));
        assertEquals(7, figures.get("seed"));
        long arrived = ((Number) figures.get("jobs_arrived")).longValue();
        long accounted = ((Number) figures.get("jobs_completed")).longValue()
                + ((Number) figures.get("jobs_dropped")).longValue() + ((Number) figures.get("jobs_reneged")).longValue()
                + ((Number) figures.get("jobs_lost")).longValue();
        assertTrue(arrived > 0 && accounted <= arrived, figures.toString());
        List<String> epochs = Files.readAllLines(first.resolve("data/epochs.csv"));
        assertEquals(13, epochs.size(), "a header and 12 hourly epochs");
        String summary = Files.readString(first.resolve("summary.md"));
        assertTrue(summary.contains("## Concentration"));
        int answer = summary.indexOf("Energy per PFLOP delivered ranges from");
        assertTrue(answer > summary.indexOf("## Throughput") && answer < summary.indexOf("## Concentration"),
                "a scenario that sets no energy physics has the energy answer in its throughput section");
        double facility = ((Number) figures.get("energy_kwh_facility")).doubleValue();
        double rows = Files.readAllLines(first.resolve("data/energy.csv")).stream().skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[5])).sum();
        assertEquals(facility, rows, facility * 1e-9, "energy.csv's rows sum to run.json's facility energy");
    }

    @Test
    void aDifferentSeedGivesADifferentRun() throws IOException {
        Path first = folder.resolve("a");
        Path second = folder.resolve("b");
        run("run", MINIMAL.toString(), "--out", first.toString(), "--quiet");
        run("run", MINIMAL.toString(), "--out", second.toString(), "--quiet", "--seed", "8");
        assertTrue(!Files.readString(first.resolve("data/epochs.csv")).equals(
                Files.readString(second.resolve("data/epochs.csv"))));
    }

    @Test
    void aFailedRunLeavesTheExistingReportAndNoHalfWrittenOutput() throws IOException {
        Path report = folder.resolve("report");
        assertEquals(0, run("run", MINIMAL.toString(), "--out", report.toString(), "--quiet"));
        String before = Files.readString(report.resolve("run.json"));
        Path bad = Files.writeString(folder.resolve("bad.yaml"), Files.readString(MINIMAL).replace("seed: 7", "seed: x"));
        assertEquals(2, run("run", bad.toString(), "--out", report.toString()));
        assertTrue(err.toString().contains("seed: must be a whole number"), err.toString());
        assertEquals(before, Files.readString(report.resolve("run.json")));
        try (Stream<Path> siblings = Files.list(folder)) {
            assertEquals(List.of("bad.yaml", "report"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folder is left behind");
        }
    }

    @Test
    void reportIsWellFormedEveryChartParsesAndScenarioNamesAreEscaped() throws Exception {
        Path scenario = Files.writeString(folder.resolve("tricky.yaml"), Files.readString(MINIMAL)
                .replace("name: minimal", "name: minimal\ndescription: \"<b>A & B</b>\"")
                .replace("    - name: pros", "    - name: \"pros <script>\""));
        Path out = folder.resolve("out");
        assertEquals(0, run("run", scenario.toString(), "--out", out.toString(), "--quiet"), err.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("&lt;b&gt;A &amp; B&lt;/b&gt;"), "the scenario description is escaped");
        assertTrue(!html.contains("<script>"), "no name reaches the page unescaped");
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document page = factory.newDocumentBuilder().parse(out.resolve("report.html").toFile());
        org.w3c.dom.NodeList charts = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        int notes = html.split("<p class=\"no-data\">", -1).length - 1;
        assertEquals(17, charts.getLength() + notes, "throughput, waits, utilization, energy, token, concentration"
                + " and value capture charts, or a sentence where one has nothing to draw");
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("<svg .*?</svg>", java.util.regex.Pattern.DOTALL)
                .matcher(html);
        int parsed = 0;
        while (svg.find()) {
            factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg.group())));
            parsed++;
        }
        assertEquals(charts.getLength(), parsed, "each chart is a standalone SVG document too");
    }

    @Test
    void oneOutputFolderCannotTakeSeveralScenarios() {
        assertEquals(2, run("run", MINIMAL.toString(), MINIMAL.toString(), "--out", folder.resolve("x").toString()));
        assertTrue(err.toString().contains("--out names one folder"), err.toString());
    }
}
