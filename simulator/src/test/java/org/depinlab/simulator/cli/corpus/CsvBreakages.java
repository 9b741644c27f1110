package org.depinlab.simulator.cli.corpus;

import static org.depinlab.simulator.cli.corpus.BadInput.at;
import static org.depinlab.simulator.cli.corpus.BadInput.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Broken CSV files of each kind the tool reads: the Alibaba trace's node list and pod list (through
 * alibaba-replay.yaml), a price path (through a scenario whose price replays it) and the input of
 * {@code concentration}. Each breakage names the line it is on, and the message must too.
 */
final class CsvBreakages {

    private static final String NODES = "data/alibaba-gpu-v2023/openb_node_list_gpu_node.csv";
    private static final String PODS = "data/alibaba-gpu-v2023/openb_pod_list_default.csv";
    private static final String PRICES = "prices.csv";
    private static final String HOLDINGS = "holdings.csv";
    private static final int LINE = 5;

    private CsvBreakages() {
    }

    /** A CSV kind: its good text, the columns it needs, how a broken copy becomes cases. */
    private record Kind(String file, String good, List<String> required, List<String> numeric,
                        Function<Map<String, byte[]>, List<BadInput>> cases, Map<String, String> badValues,
                        boolean headerOnlyIsBad) {
    }

    static List<BadInput> of(Shipped shipped) {
        Shipped.Yaml alibaba = shipped.yaml("alibaba-replay.yaml");
        Map<String, byte[]> alibabaFiles = new LinkedHashMap<>(shipped.dependencies(alibaba));
        alibabaFiles.put(alibaba.path(), alibaba.bytes());

        ObjectNode replaying = shipped.yaml("reference.yaml").tree().deepCopy();
        ((ObjectNode) replaying.get("protocol")).set("price", Shipped.YAML.createObjectNode()
                .set("replay", Shipped.YAML.createObjectNode().put("file", PRICES).put("column", "usd")));
        replaying.put("name", "price-replay");
        StringBuilder prices = new StringBuilder("epoch,usd\n");
        for (int epoch = 0; epoch < 30; epoch++) {
            prices.append(epoch).append(',').append(0.5 + epoch / 100.0).append('\n');
        }
        Map<String, byte[]> priceFiles = new LinkedHashMap<>();
        priceFiles.put("price-replay.yaml", Shipped.write(replaying));

        StringBuilder holdings = new StringBuilder("holder,region,tokens\n");
        for (int i = 0; i < 20; i++) {
            holdings.append("op-").append(i % 7).append(",r").append(i % 3).append(',').append(100 + i * 37)
                    .append('\n');
        }

        List<Kind> kinds = List.of(
                new Kind(NODES, string(shipped.data(NODES)),
                        List.of("sn", "gpu", "model"), List.of("gpu"),
                        files -> withAll(alibabaFiles, files, "run", alibaba.path()),
                        Map.of("gpu=0", "0", "gpu=65", "65", "gpu=-1", "-1", "model=", "", "model=Z9", "Z9"), true),
                new Kind(PODS, string(shipped.data(PODS)),
                        List.of("name", "num_gpu", "gpu_milli", "gpu_spec", "creation_time", "deletion_time",
                                "scheduled_time"), List.of("num_gpu", "gpu_milli", "creation_time"),
                        files -> withAll(alibabaFiles, files, "run", alibaba.path()),
                        Map.of("num_gpu=9", "9", "gpu_milli=1001", "1001", "gpu_milli=0", "0",
                                "creation_time=-5", "-5", "creation_time=1e12", "1e12", "scheduled_time=x", "x"),
                        false),
                new Kind(PRICES, prices.toString(), List.of("usd"), List.of("usd"),
                        files -> withAll(priceFiles, files, "run", "price-replay.yaml"),
                        Map.of("usd=0", "0", "usd=-3", "-3", "usd=NaN", "NaN", "usd=Infinity", "Infinity",
                                "usd=", ""), true),
                new Kind(HOLDINGS, holdings.toString(), List.of("tokens", "holder"), List.of("tokens"),
                        files -> List.of(BadInput.command("", files, List.of(), "concentration", BadInput.IN
                                + HOLDINGS, "--column", "tokens", "--group-by", "holder")),
                        Map.of("tokens=-1", "-1", "tokens=NaN", "NaN", "tokens=Infinity", "Infinity",
                                "tokens=1,234", "\"1,234\""), true));
        List<BadInput> cases = new ArrayList<>();
        for (Kind kind : kinds) {
            breakages(kind, cases);
        }
        return cases;
    }

    private static List<BadInput> withAll(Map<String, byte[]> base, Map<String, byte[]> broken, String command,
                                          String file) {
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        files.putAll(broken);
        return BadInput.both(command, "", files, file, List.of());
    }

    private static void breakages(Kind kind, List<BadInput> cases) {
        String name = kind.file().substring(kind.file().lastIndexOf('/') + 1);
        List<String> lines = new ArrayList<>(kind.good().lines().toList());
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, byte[]> broken = new LinkedHashMap<>();
        Map<String, List<Pattern>> mentions = new LinkedHashMap<>();
        for (String column : kind.required()) {
            List<String> renamed = new ArrayList<>(lines);
            renamed.set(0, lines.get(0).replaceFirst("(^|,)" + column + "(,|$)", "$1" + column + "_renamed$2"));
            broken.put("header without column " + column, bytes(renamed));
            mentions.put("header without column " + column, List.of(at(name, 1), text(column)));
        }
        broken.put("empty file", new byte[0]);
        mentions.put("empty file", List.of(text(name)));
        if (kind.headerOnlyIsBad()) {
            broken.put("header only", bytes(lines.subList(0, 1)));
            mentions.put("header only", List.of(text(name)));
        }
        for (String column : kind.numeric()) {
            String what = "'lots' in " + column + " on line " + LINE;
            broken.put(what, bytes(withField(lines, header, column, "lots")));
            mentions.put(what, List.of(at(name, LINE), text(column)));
        }
        kind.badValues().forEach((assignment, value) -> {
            String column = assignment.substring(0, assignment.indexOf('='));
            String what = column + " " + (value.isEmpty() ? "empty" : value) + " on line " + LINE;
            broken.put(what, bytes(withField(lines, header, column, value)));
            mentions.put(what, List.of(at(name, LINE)));
        });
        List<String> truncated = new ArrayList<>(lines);
        truncated.set(LINE - 1, lines.get(LINE - 1).substring(0, lines.get(LINE - 1).indexOf(',')));
        broken.put("line " + LINE + " cut short", bytes(truncated));
        List<String> extra = new ArrayList<>(lines);
        extra.set(LINE - 1, lines.get(LINE - 1) + ",surplus");
        broken.put("an extra field on line " + LINE, bytes(extra));
        List<String> quoted = new ArrayList<>(lines);
        quoted.set(LINE - 1, "\"" + lines.get(LINE - 1));
        broken.put("an unclosed quote on line " + LINE, bytes(quoted));
        for (String what : List.of("line " + LINE + " cut short", "an extra field on line " + LINE,
                "an unclosed quote on line " + LINE)) {
            mentions.put(what, List.of(at(name, LINE)));
        }
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            latin.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            if (i == LINE - 1) {
                latin.write(0xE9);
            }
            latin.write('\n');
        }
        broken.put("a Latin-1 byte on line " + LINE, latin.toByteArray());
        mentions.put("a Latin-1 byte on line " + LINE, List.of(at(name, LINE)));
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        broken.put("binary garbage", garbage);
        mentions.put("binary garbage", List.of(text(name)));

        broken.forEach((what, bytes) -> {
            for (BadInput input : kind.cases().apply(Map.of(kind.file(), bytes))) {
                String command = input.args().get(0);
                List<Pattern> all = new ArrayList<>(mentions.get(what));
                cases.add(new BadInput(command + " " + name + ": " + what, input.files(), input.args(), all,
                        input.gate(), input.outputs()));
            }
        });
    }

    private static List<String> withField(List<String> lines, List<String> header, String column, String value) {
        List<String> copy = new ArrayList<>(lines);
        String[] fields = lines.get(LINE - 1).split(",", -1);
        fields[header.indexOf(column)] = value;
        copy.set(LINE - 1, String.join(",", fields));
        return copy;
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
