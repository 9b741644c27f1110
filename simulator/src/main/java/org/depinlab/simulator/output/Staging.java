package org.depinlab.simulator.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A command's outputs being written: a temporary folder that {@link #commit} moves into place.
 * Into a new folder the whole folder moves in one step; into an earlier folder of depinlab's each
 * file moves over its old version, the files of the earlier outputs that this one no longer has
 * go, and a user's own files stay. Closed without a commit, it leaves the destination as it was.
 */
public final class Staging implements AutoCloseable {

    private final OutputFolder target;
    private final String command;
    private final Path folder;
    private final List<Path> createdParents;
    private boolean committed;

    Staging(OutputFolder target, String command, Path folder, List<Path> createdParents) {
        this.target = target;
        this.command = command;
        this.folder = folder;
        this.createdParents = createdParents;
    }

    /** Writes {@code text} to {@code relative} (a path with '/' separators) in the staging. */
    public void write(String relative, CharSequence text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The files written so far, as relative paths with '/' separators, in name order. */
    public List<String> written() throws IOException {
        return relativeFiles(folder);
    }

    /** Moves the outputs into place and marks the folder as depinlab's. */
    public void commit() {
        try {
            List<String> written = relativeFiles(folder);
            Manifest manifest = new Manifest(command, target.kind(), written, null);
            if (target.manifest().isEmpty()) {
                manifest.write(folder);
                try {
                    Files.move(folder, target.path());
                } catch (FileAlreadyExistsException e) {
                    throw new OutputException(target.given() + ": appeared while this command ran; nothing was"
                            + " written there (run again to replace it if depinlab made it)");
                }
            } else {
                replaceInPlace(manifest, written);
            }
            committed = true;
        } catch (IOException e) {
            throw target.cannotWrite(e);
        }
    }

    private void replaceInPlace(Manifest manifest, List<String> written) throws IOException {
        Path destination = target.path();
        Manifest before = Manifest.read(destination).orElseThrow(() -> new OutputException(target.given()
                + ": its " + OutputFolder.MANIFEST + " went away while this command ran; nothing was written there"));
        target.refuseForeignFiles(before);
        TreeSet<String> both = new TreeSet<>(before.files());
        both.addAll(written);
        // a kill from here on leaves every file listed, so the next command still knows them as its own
        before.withFiles(new ArrayList<>(both)).write(destination);
        for (String name : written) {
            Path file = destination.resolve(name);
            Files.createDirectories(file.getParent());
            AtomicFiles.move(folder.resolve(name), file);
        }
        for (String name : before.files()) {
            if (!written.contains(name)) {
                Path file = destination.resolve(name);
                Files.deleteIfExists(file);
                removeEmptyParents(file.getParent(), destination);
            }
        }
        manifest.write(destination);
        AtomicFiles.deleteTree(folder);
    }

    /** Removes the staging and the parent folders made for it, unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            AtomicFiles.deleteTree(folder);
            removeEmpty(createdParents);
        }
    }

    /** Removes the folders of {@code created} (made in that order) that are empty, deepest first. */
    static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void removeEmptyParents(Path from, Path stop) throws IOException {
        for (Path p = from; p != null && !p.equals(stop) && p.startsWith(stop); p = p.getParent()) {
            try (Stream<Path> entries = Files.list(p)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(p);
        }
    }

    private static List<String> relativeFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
