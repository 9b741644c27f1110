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

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depinlab concentration} end to end. */
class ConcentrationCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(folder.resolve("data.csv"), text);
    }

    @Test
    void jsonHasTheDocumentedKeysAndGroupedSums() throws Exception {
        Path file = csv("op,reward\na,10\nb,20\na,30\nc,0\n");
        assertEquals(0, run("concentration", file.toString(), "--column", "reward", "--group-by", "op", "--format",
                "json"), err.toString());
        Map<?, ?> json = new ObjectMapper().readValue(out.toString(), Map.class);
        assertEquals(List.of("n", "total", "gini", "nakamoto", "hhi", "theil", "entropy_bits", "top1_share",
                "top5_share", "top10_share", "top1pct_share", "top10pct_share"), List.copyOf(json.keySet()));
        // groups a = 40, b = 20, c = 0: Gini = sum |xi - xj| / (2 n^2 mean) = 160 / (2 * 9 * 20) = 4/9
        assertEquals(3, json.get("n"));
        assertEquals(60.0, json.get("total"));
        assertEquals(4.0 / 9, (Double) json.get("gini"), 1e-12);
        // HHI = (40/60)^2 + (20/60)^2 = 5/9; one holder has 2/3 > 1/2
        assertEquals(5.0 / 9, (Double) json.get("hhi"), 1e-12);
        assertEquals(1, json.get("nakamoto"));
    }

    @Test
    void groupByAloneCountsRowsPerGroupAndCsvFormatHasAHeader() throws Exception {
        Path file = csv("op,reward\na,10\nb,20\na,30\nc,0\n");
        assertEquals(0, run("concentration", file.toString(), "--group-by", "op", "--format", "csv"));
        List<String> lines = out.toString().lines().toList();
        assertEquals("n,total,gini,nakamoto,hhi,theil,entropy_bits,top1_share,top5_share,top10_share,top1pct_share,"
                + "top10pct_share", lines.get(0));
        // counts 2, 1, 1: total 4, HHI = (1/2)^2 + 2 (1/4)^2 = 0.375
        assertTrue(lines.get(1).startsWith("3,4.0,"), lines.get(1));
        assertTrue(lines.get(1).contains(",0.375,"), lines.get(1));
    }

    @Test
    void nakamotoThresholdIsHonoured() throws Exception {
        Path file = csv("v\n50\n30\n20\n");
        assertEquals(0, run("concentration", file.toString(), "--column", "v", "--nakamoto-threshold", "0.75",
                "--format", "json"));
        // 50 + 30 = 80 % > 75 %
        assertEquals(2, new ObjectMapper().readValue(out.toString(), Map.class).get("nakamoto"));
    }

    @Test
    void badInputGivesOneLineNamingFileAndLineAndExitTwo() throws Exception {
        assertEquals(2, run("concentration", csv("op,reward\na,10\nb,ten\n").toString(), "--column", "reward"));
        assertEquals("depinlab concentration: " + folder.resolve("data.csv") + ":3: reward is 'ten', not a number",
                err.toString().strip());
    }

    @Test
    void missingColumnNamesTheColumnsThereAre() throws Exception {
        assertEquals(2, run("concentration", csv("op,reward\na,10\n").toString(), "--column", "rewards"));
        assertEquals("depinlab concentration: " + folder.resolve("data.csv") + ":1: no column 'rewards' (columns: op,"
                + " reward)", err.toString().strip());
    }

    @Test
    void emptyFileNegativeValueAndNoColumnAreRefused() throws Exception {
        assertEquals(2, run("concentration", csv("op,reward\n").toString(), "--column", "reward"));
        assertTrue(err.toString().contains("no data rows"), err.toString());
        assertEquals(2, run("concentration", csv("v\n3\n-1\n").toString(), "--column", "v"));
        assertTrue(err.toString().contains("data.csv:3: v is -1 (allowed: a finite number >= 0)"), err.toString());
        assertEquals(2, run("concentration", csv("v\n3\n").toString()));
        assertTrue(err.toString().contains("give --column COL, --group-by COL, or both"), err.toString());
    }
}
