package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.depinlab.simulator.output.SweepIdentity;
import org.depinlab.simulator.scenario.SweepPlan;

/**
 * The identity of a sweep's runs: SHA-256 digests of the loaded plan (replications, seed, points,
 * outputs: not the file's layout or comments, nor the name), of the base scenario file, and of every
 * data file its points read, each data file keyed by its path relative to the base scenario's folder
 * so that shards on machines with the same layout agree.
 */
final class SweepFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepFingerprint() {
    }

    static SweepIdentity of(SweepPlan plan) {
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put("sweep plan", sha256(planText(plan).getBytes(StandardCharsets.UTF_8)));
        digests.put("base scenario", fileDigest(plan.scenario()));
        Path folder = plan.scenario().toAbsolutePath().normalize().getParent();
        for (Path input : plan.inputs()) {
            Path absolute = input.toAbsolutePath().normalize();
            String key = absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString();
            digests.put("data file " + key.replace('\\', '/'), fileDigest(absolute));
        }
        return new SweepIdentity(plan.name(), plan.outputs(), digests);
    }

    private static String planText(SweepPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("replications", plan.replications());
        root.put("seed", plan.seed());
        ArrayNode points = root.putArray("points");
        for (SweepPlan.Point point : plan.points()) {
            ObjectNode values = points.addObject();
            point.values().forEach(values::set);
        }
        ArrayNode outputs = root.putArray("outputs");
        plan.outputs().forEach(outputs::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the sweep plan as JSON", e);
        }
    }

    private static String fileDigest(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return SweepIdentity.UNREADABLE;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
