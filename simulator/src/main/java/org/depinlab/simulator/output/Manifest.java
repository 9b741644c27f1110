package org.depinlab.simulator.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The mark depinlab leaves in a folder it made: which command made it, what it holds, and every
 * file it wrote there (relative paths, sorted). No clock and no host: the same command gives the
 * same bytes.
 *
 * @param madeBy the command, e.g. {@code depinlab run}
 * @param kind   what the folder holds
 * @param files  the files depinlab wrote, relative to the folder
 * @param sweep  for a sweep folder, what it runs; null for a run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(@JsonProperty("made_by") String madeBy, OutputKind kind, List<String> files,
                       SweepIdentity sweep) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final long MAX_BYTES = 1 << 20;

    public Manifest {
        files = List.copyOf(new TreeSet<>(files));
    }

    /** The sweep's identity, for a sweep folder. */
    public Optional<SweepIdentity> sweepIdentity() {
        return Optional.ofNullable(sweep);
    }

    /** This manifest listing {@code written} instead. */
    public Manifest withFiles(List<String> written) {
        return new Manifest(madeBy, kind, written, sweep);
    }

    /** The manifest in {@code folder}, or empty when there is none (a folder depinlab did not make). */
    static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(OutputFolder.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new OutputException(file + ": not a depinlab manifest (larger than " + MAX_BYTES + " bytes)");
            }
            return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
        } catch (JsonProcessingException e) {
            throw new OutputException(file + ": not a readable depinlab manifest (" + e.getOriginalMessage()
                    + "): remove the folder or give another");
        } catch (IOException e) {
            throw new OutputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Writes this manifest into {@code folder}, whole or not at all. */
    void write(Path folder) throws IOException {
        AtomicFiles.write(folder.resolve(OutputFolder.MANIFEST), JSON.writeValueAsString(this) + "\n");
    }
}
