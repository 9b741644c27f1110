package org.depinlab.simulator.cli.corpus;

import static org.depinlab.simulator.cli.corpus.BadInput.IN;
import static org.depinlab.simulator.cli.corpus.BadInput.at;
import static org.depinlab.simulator.cli.corpus.BadInput.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad command lines for every command: unknown options, missing parameters, values out of range or
 * of the wrong type, files that do not exist or are folders, {@code --out} naming a regular file.
 * The files they name are small and valid (a scenario of 20 nodes for an hour, a one-point sweep),
 * so that a mistake caught late still costs little.
 */
final class CommandLineMistakes {

    private CommandLineMistakes() {
    }

    static List<BadInput> of(Shipped shipped) {
        ObjectNode tiny = shipped.yaml("reference.yaml").tree().deepCopy();
        tiny.put("name", "tiny").put("duration_days", 0.05);
        ((ObjectNode) tiny.get("network")).put("operators", 5).put("total_nodes", 20);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("tiny.yaml", Shipped.write(tiny));
        files.put("tiny-sweep.yaml", utf8("name: tiny-sweep\nscenario: tiny.yaml\nreplications: 1\n"
                + "grid:\n  duration_days: [0.05]\n"));
        files.put("holdings.csv", utf8("holder,tokens\na,10\nb,20\nc,5\n"));
        files.put("folder", null);
        files.put("empty-folder", null);
        files.put("taken", utf8("a user's file\n"));
        files.put("good/depinlab-manifest.json", utf8("{\"made_by\": \"depinlab sweep\", \"kind\": \"sweep\","
                + " \"files\": [\"points.jsonl\"], \"sweep\": {\"name\": \"good\", \"outputs\": [],"
                + " \"fingerprint\": {\"sweep plan\": \"00\"}}}\n"));
        files.put("good/points.jsonl", utf8("{\"point\":0,\"replication\":0,\"seed\":1,\"values\":{},"
                + "\"figures\":{\"jobs_per_second\":1.0}}\n"));
        files.put("prior/points.jsonl", utf8("not json at all\n"));

        List<BadInput> cases = new ArrayList<>();
        Adder add = (what, mentions, args) -> cases.add(BadInput.command(what, files, mentions, args));
        String tinyYaml = IN + "tiny.yaml";
        String sweep = IN + "tiny-sweep.yaml";

        add.to("unknown option", List.of(text("--nope")), "--nope");
        add.to("unknown command", List.of(text("frobnicate")), "frobnicate");

        add.to("no scenario", List.of(text("SCENARIO")), "run");
        add.to("unknown option", List.of(text("--bogus")), "run", "--bogus", tinyYaml);
        add.to("--seed x", List.of(text("--seed")), "run", tinyYaml, "--seed", "x");
        add.to("--seed 1.5", List.of(text("--seed")), "run", tinyYaml, "--seed", "1.5");
        add.to("--seed without a value", List.of(text("--seed")), "run", tinyYaml, "--seed");
        add.to("a file that does not exist", List.of(text("missing.yaml")), "run", IN + "missing.yaml");
        add.to("a folder", List.of(text("folder")), "run", IN + "folder");
        add.to("--out naming a regular file", List.of(text("taken")), "run", tinyYaml, "--out", IN + "taken");
        add.to("--out with two scenarios", List.of(text("--out")), "run", tinyYaml, tinyYaml, "--out",
                IN + "out");
        for (String command : List.of("run", "sweep")) {
            String file = command.equals("run") ? tinyYaml : sweep;
            add.to("--out naming a folder depinlab did not make", List.of(text("not made by depinlab")), command,
                    file, "--out", IN + "empty-folder");
            add.to("--out naming the root", List.of(text("root of the file system")), command, file, "--out", "/");
            add.to("--out naming the working folder", List.of(text("working folder")), command, file, "--out", ".");
            add.to("--out naming a parent of the working folder", List.of(text("working folder")), command, file,
                    "--out", "..");
        }

        add.to("no file", List.of(text("FILE")), "validate");
        add.to("unknown option", List.of(text("--bogus")), "validate", "--bogus", tinyYaml);
        add.to("a file that does not exist", List.of(text("missing.yaml")), "validate", IN + "missing.yaml");
        add.to("a folder", List.of(text("folder")), "validate", IN + "folder");

        add.to("no sweep file", List.of(text("SWEEP")), "sweep");
        for (String threads : List.of("0", "-1", "x")) {
            add.to("--threads " + threads, List.of(text("--threads")), "sweep", sweep, "--threads", threads,
                    "--out", IN + "out");
        }
        for (String shard : List.of("5/2", "2/2", "1/0", "-1/2", "x", "1/2/3")) {
            add.to("--shard " + shard, List.of(text("--shard")), "sweep", sweep, "--shard", shard, "--out",
                    IN + "out");
        }
        add.to("--executor foo", List.of(text("--executor")), "sweep", sweep, "--executor", "foo", "--out",
                IN + "out");
        add.to("--master foo with local threads", List.of(text("--master")), "sweep", sweep, "--master", "foo",
                "--out", IN + "out");
        add.to("--executor spark --master foo", List.of(text("spark")), "sweep", sweep, "--executor", "spark",
                "--master", "foo", "--out", IN + "out");
        add.to("a file that does not exist", List.of(text("missing.yaml")), "sweep", IN + "missing.yaml",
                "--out", IN + "out");
        add.to("a scenario, not a sweep", List.of(text("tiny.yaml"), text("scenario")), "sweep", tinyYaml,
                "--out", IN + "out");
        add.to("--out naming a regular file", List.of(text("taken")), "sweep", sweep, "--out", IN + "taken");
        add.to("--resume into a folder depinlab did not make", List.of(text("prior"), text("not made by depinlab")),
                "sweep", sweep, "--resume", "--out", IN + "prior");

        add.to("no folder", List.of(text("DIR")), "merge", "--out", IN + "out");
        add.to("no --out", List.of(text("--out")), "merge", IN + "good");
        add.to("a folder that does not exist", List.of(text("missing")), "merge", IN + "missing", "--out",
                IN + "out");
        add.to("a folder that is not a sweep's", List.of(text("empty-folder")), "merge", IN + "empty-folder",
                "--out", IN + "out");
        add.to("a folder depinlab did not make", List.of(text("prior"), text("not made by depinlab")), "merge",
                IN + "prior", "--out", IN + "out");
        add.to("--out naming a regular file", List.of(text("taken")), "merge", IN + "good", "--out", IN + "taken");

        add.to("no folder", List.of(text("DIR")), "report");
        add.to("a folder that does not exist", List.of(text("missing")), "report", IN + "missing");
        add.to("a folder that is not a sweep's", List.of(text("empty-folder")), "report", IN + "empty-folder");
        add.to("a folder depinlab did not make", List.of(text("prior"), text("not made by depinlab")), "report",
                IN + "prior");
        add.to("a regular file", List.of(text("taken")), "report", IN + "taken");

        Map<String, String[]> check = new LinkedHashMap<>();
        check.put("--replications", new String[] {"1", "0", "x"});
        check.put("--customers", new String[] {"0", "-5"});
        check.put("--warmup", new String[] {"-1", "x"});
        check.put("--confidence", new String[] {"1.5", "0", "NaN", "x"});
        check.put("--seed", new String[] {"x"});
        check.forEach((option, values) -> {
            for (String value : values) {
                add.to(option + " " + value, List.of(text(option)), "check", option, value);
            }
        });
        add.to("unknown option", List.of(text("--bogus")), "check", "--bogus");
        add.to("a stray parameter", List.of(text("extra")), "check", "extra");
        add.to("unknown option", List.of(text("--bogus")), "catalog", "--bogus");
        add.to("a stray parameter", List.of(text("extra")), "catalog", "extra");

        String holdings = IN + "holdings.csv";
        add.to("no file", List.of(text("FILE")), "concentration", "--column", "tokens");
        add.to("neither --column nor --group-by", List.of(text("--column")), "concentration", holdings);
        for (String threshold : List.of("1", "-0.1", "NaN", "x")) {
            add.to("--nakamoto-threshold " + threshold, List.of(text("--nakamoto-threshold")), "concentration",
                    holdings, "--column", "tokens", "--nakamoto-threshold", threshold);
        }
        add.to("--format yaml", List.of(text("--format")), "concentration", holdings, "--column", "tokens",
                "--format", "yaml");
        add.to("a file that does not exist", List.of(text("missing.csv")), "concentration", IN + "missing.csv",
                "--column", "tokens");
        add.to("a folder", List.of(text("folder")), "concentration", IN + "folder", "--column", "tokens");
        add.to("--column naming no column", List.of(at("holdings.csv", 1), text("nope")), "concentration",
                holdings, "--column", "nope");
        add.to("--group-by naming no column", List.of(at("holdings.csv", 1), text("nope")), "concentration",
                holdings, "--group-by", "nope");

        add.to("unknown subcommand", List.of(text("nosuch")), "bench", "nosuch");
        add.to("unknown option", List.of(text("--bogus")), "bench", "--bogus");
        Map<String, String[]> scale = new LinkedHashMap<>();
        scale.put("--nodes", new String[] {"0", "x"});
        scale.put("--operators", new String[] {"0", "-2"});
        scale.put("--days", new String[] {"0", "-1", "NaN", "x", "1e9"});
        scale.put("--seed", new String[] {"x"});
        scale.forEach((option, values) -> {
            for (String value : values) {
                add.to(option + " " + value, List.of(text(option)), "bench", "scale", option, value);
            }
        });
        add.to("--operators above --nodes", List.of(text("--operators")), "bench", "scale", "--nodes", "5",
                "--operators", "10");
        add.to("--nodes 2000000000", List.of(text("--nodes")), "bench", "scale", "--nodes", "2000000000",
                "--operators", "1");
        add.to("no --executor", List.of(text("--executor")), "bench", "sweep", sweep);
        add.to("--executor local", List.of(text("--executor")), "bench", "sweep", sweep, "--executor", "local");
        add.to("--threads 0", List.of(text("--threads")), "bench", "sweep", sweep, "--executor", "spark",
                "--threads", "0");
        add.to("--rounds 0", List.of(text("--rounds")), "bench", "sweep", sweep, "--executor", "spark", "--rounds",
                "0");
        add.to("a file that does not exist", List.of(text("missing.yaml")), "bench", "sweep", IN + "missing.yaml",
                "--executor", "spark");
        add.to("unknown option", List.of(text("--bogus")), "bench", "cpu", "--bogus");
        add.to("--out naming a folder", List.of(text("--out"), text("folder")), "bench", "cpu", "--quick", "--out",
                IN + "folder");
        add.to("--model Z9000", List.of(text("--model"), text("Z9000")), "bench", "gpu", "--model", "Z9000");
        add.to("--device x", List.of(text("--device")), "bench", "gpu", "--device", "x");
        add.to("--device -1", List.of(text("--device")), "bench", "gpu", "--quick", "--device", "-1");
        return cases;
    }

    @FunctionalInterface
    private interface Adder {
        void to(String what, List<Pattern> mentions, String... args);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
