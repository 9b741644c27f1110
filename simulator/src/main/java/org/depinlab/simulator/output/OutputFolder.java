package org.depinlab.simulator.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A destination a command may write: a folder that does not exist yet, or one that depinlab made
 * for the same kind of output and in which every name the command writes is depinlab's. Claiming
 * checks this and refuses anything else ({@link OutputException}) before any work, touching nothing:
 * an existing regular file, a folder without a manifest, the file system's root, the home folder,
 * the working folder and its ancestors.
 */
public final class OutputFolder {

    /** The manifest's name inside every folder depinlab makes. */
    public static final String MANIFEST = "depinlab-manifest.json";

    private final Path given;
    private final Path path;
    private final OutputKind kind;
    private final Manifest existing;
    private boolean madeNow;

    private OutputFolder(Path given, Path path, OutputKind kind, Manifest existing) {
        this.given = given;
        this.path = path;
        this.kind = kind;
        this.existing = existing;
    }

    /** Claims {@code given} for output of {@code kind}, or refuses it; creates nothing. */
    public static OutputFolder claim(Path given, OutputKind kind) {
        Path path = resolved(given);
        refuseSpecial(given, path);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return new OutputFolder(given, path, kind, null);
        }
        if (!Files.isDirectory(path)) {
            throw new OutputException(given + ": exists and is not a folder; give the name of a new folder");
        }
        Manifest manifest = Manifest.read(path).orElseThrow(() -> new OutputException(given + ": exists and was not"
                + " made by depinlab (it has no " + MANIFEST + "); to keep its contents safe nothing is written there:"
                + " give a new folder"));
        if (manifest.kind() != kind) {
            throw new OutputException(given + ": holds " + manifest.kind().description() + " (made by '"
                    + manifest.madeBy() + "'); " + kind.description() + " goes to a folder of its own: give another");
        }
        OutputFolder folder = new OutputFolder(given, path, kind, manifest);
        folder.refuseForeignFiles(manifest);
        return folder;
    }

    /** The path the user gave. */
    public Path given() {
        return given;
    }

    /** The folder, absolute. */
    public Path path() {
        return path;
    }

    /** The manifest found there when claimed; empty for a new folder. */
    public Optional<Manifest> manifest() {
        return Optional.ofNullable(existing);
    }

    /**
     * Starts writing a run's outputs: creates the missing parent folders and a temporary folder (so an
     * unwritable destination is found now, with the system's reason) and removes what killed commands
     * left there. Call before the work, write into the staging, commit when complete.
     */
    public Staging stage(String command) {
        List<Path> created = new ArrayList<>();
        try {
            createParents(path.getParent(), created);
            Path place = existing == null ? path.getParent() : path;
            Leftovers.clean(place, existing == null ? path.getFileName().toString() : null);
            String name = existing == null ? path.getFileName().toString() : "depinlab";
            return new Staging(this, command, Files.createDirectory(place.resolve(Leftovers.temporaryName(name))),
                    created);
        } catch (IOException e) {
            Staging.removeEmpty(created);
            throw cannotWrite(e);
        }
    }

    /**
     * Opens the folder for a command that writes in place (a sweep): creates it if new, locks it
     * (refusing at once when another command holds it) and removes what killed commands left there.
     * The caller claims it again under the lock unless {@link #madeNow}, then marks it with
     * {@link #mark} before writing anything else.
     */
    public FolderLock lock() {
        try {
            if (existing == null) {
                createParents(path.getParent(), new ArrayList<>());
                Files.createDirectory(path);
                madeNow = true;
            }
        } catch (FileAlreadyExistsException e) {
            // another command made it since the claim: the caller's claim under the lock decides
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        FolderLock lock = FolderLock.acquire(path, given);
        try {
            Leftovers.clean(path, null);
            return lock;
        } catch (IOException e) {
            try {
                lock.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw cannotWrite(e);
        }
    }

    /** Whether {@link #lock} made the folder (then it holds nothing yet). */
    public boolean madeNow() {
        return madeNow;
    }

    /** Writes {@code manifest} into the (locked) folder. */
    public void mark(Manifest manifest) {
        try {
            manifest.write(path);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    OutputKind kind() {
        return kind;
    }

    /** Refuses when a name this command writes is there but not depinlab's: a user's file of that name. */
    void refuseForeignFiles(Manifest manifest) {
        for (String name : kind.names()) {
            if (!name.equals(FolderLock.FILE) && Files.exists(path.resolve(name), LinkOption.NOFOLLOW_LINKS) && !manifest.files().contains(name)) {
                throw new OutputException(given.resolve(name) + ": was not written by depinlab (" + MANIFEST
                        + " does not list it); move it away or give another folder");
            }
        }
    }

    OutputException cannotWrite(IOException e) {
        return new OutputException(given + ": cannot write there: " + reason(e));
    }

    /** The operating system's reason for {@code e}, with the path it concerns. */
    static String reason(IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "a file is in the way";
        } else if (e instanceof NotDirectoryException) {
            why = "a part of the path is a file, not a folder";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            return String.valueOf(e.getMessage());
        }
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return why;
        }
        // a temporary name means nothing to the user: name the folder it was to be made in
        Path file = Path.of(f.getFile());
        boolean temporary = file.getFileName() != null && file.getFileName().toString().contains(".writing-");
        return why + " (" + (temporary && file.getParent() != null ? file.getParent() : file) + ")";
    }

    private static void createParents(Path parent, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    /** {@code given} made absolute, with the links of its existing part resolved. */
    private static Path resolved(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        Path existingPart = absolute;
        while (existingPart != null && !Files.exists(existingPart)) {
            existingPart = existingPart.getParent();
        }
        if (existingPart == null) {
            return absolute;
        }
        try {
            return existingPart.toRealPath().resolve(existingPart.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static void refuseSpecial(Path given, Path path) {
        if (path.getParent() == null) {
            throw new OutputException(given + ": is the root of the file system; give a folder of its own for the"
                    + " outputs");
        }
        Path home = realOrNull(Path.of(System.getProperty("user.home", "/")));
        if (path.equals(home)) {
            throw new OutputException(given + ": is the home folder; give a folder of its own for the outputs");
        }
        Path working = realOrNull(Path.of("").toAbsolutePath());
        if (working != null && working.startsWith(path)) {
            throw new OutputException(given + ": is the working folder" + (working.equals(path) ? "" : " or holds it")
                    + "; give a folder of its own for the outputs");
        }
    }

    private static Path realOrNull(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
