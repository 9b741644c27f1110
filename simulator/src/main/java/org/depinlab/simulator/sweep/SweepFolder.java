package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.depinlab.simulator.output.FolderLock;
import org.depinlab.simulator.output.Manifest;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;
import org.depinlab.simulator.output.SweepIdentity;

/**
 * A sweep's output folder, open for one command: locked for as long as it is open, so a second
 * sweep, merge or report on it is refused at once, and marked with the identity of the sweep whose
 * runs it holds, so runs of different sweeps never mix.
 */
final class SweepFolder implements AutoCloseable {

    static final String RESULTS = "points.jsonl";
    static final String SUMMARY = "summary.csv";
    static final String REPORT = "report.html";

    private final Path path;
    private final SweepIdentity identity;
    private final FolderLock lock;

    private SweepFolder(Path path, SweepIdentity identity, FolderLock lock) {
        this.path = path;
        this.identity = identity;
        this.lock = lock;
    }

    /**
     * Opens {@code given} to run {@code identity}'s sweep: a new folder, or one holding that sweep's
     * runs when {@code resume}, or one depinlab made for a sweep that holds no runs yet.
     */
    static SweepFolder forSweep(Path given, SweepIdentity identity, boolean resume) {
        return open(given, "depinlab sweep", identity, (folder, found) -> {
            boolean hasRuns = Files.exists(folder.path().resolve(RESULTS));
            if (hasRuns && !resume) {
                throw new OutputException(given + ": holds the runs of an earlier sweep: add --resume to continue it,"
                        + " or give another --out");
            }
            if (hasRuns) {
                refuseDifferent(found, identity, given + " (--resume)", "the sweep in " + given, "this sweep file");
            }
        });
    }

    /**
     * Opens {@code given} to receive the merged runs of {@code identity}'s sweep: a new folder, or one
     * of that sweep's folders being merged ({@code merged}: their paths as claimed).
     */
    static SweepFolder forMerge(Path given, SweepIdentity identity, List<Path> merged) {
        return open(given, "depinlab merge", identity, (folder, found) -> {
            if (Files.exists(folder.path().resolve(RESULTS)) && !merged.contains(folder.path())) {
                throw new OutputException(given + ": holds runs of its own: name it among the folders to merge, or give"
                        + " a new --out");
            }
            refuseDifferent(found, identity, given, "the sweep in " + given, "the folders merged");
        });
    }

    /** Opens the existing sweep folder {@code given} to rewrite its summary and report. */
    static SweepFolder existing(Path given, String command) {
        OutputFolder folder = OutputFolder.claim(given, OutputKind.SWEEP);
        SweepIdentity identity = identityOf(folder, given);
        return open(given, command, identity, (f, found) -> { });
    }

    /** The identity recorded in the sweep folder {@code folder} (claimed). */
    static SweepIdentity identityOf(OutputFolder folder, Path given) {
        Manifest manifest = folder.manifest().orElseThrow(() -> new OutputException(given + ": no such sweep folder"));
        return manifest.sweepIdentity().orElseThrow(() -> new OutputException(given + ": its "
                + OutputFolder.MANIFEST + " names no sweep; run the sweep again into a new folder"));
    }

    private static SweepFolder open(Path given, String command, SweepIdentity identity, BiConsumer<OutputFolder, SweepIdentity> check) {
        OutputFolder claimed = OutputFolder.claim(given, OutputKind.SWEEP);
        FolderLock lock = claimed.lock();
        try {
            // read again under the lock: another command may have written it since the claim
            OutputFolder folder = claimed.madeNow() ? claimed : OutputFolder.claim(given, OutputKind.SWEEP);
            SweepIdentity found = folder.manifest().flatMap(Manifest::sweepIdentity).orElse(null);
            if (found != null) {
                check.accept(folder, found);
            }
            folder.mark(new Manifest(command, OutputKind.SWEEP, List.copyOf(OutputKind.SWEEP.names()), identity));
            return new SweepFolder(folder.path(), identity, lock);
        } catch (RuntimeException e) {
            try {
                lock.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void refuseDifferent(SweepIdentity found, SweepIdentity identity, Object where, String mine,
                                        String theirs) {
        List<String> differences = found.differences(identity, mine, theirs);
        if (!differences.isEmpty()) {
            throw new OutputException(where + ": holds runs of another sweep (" + String.join("; ", differences)
                    + "); give a new --out for this one");
        }
    }

    Path path() {
        return path;
    }

    Path results() {
        return path.resolve(RESULTS);
    }

    SweepIdentity identity() {
        return identity;
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
