package org.depinlab.simulator.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer at a time in a folder: an operating-system lock on the folder's {@value #FILE}, held
 * until {@link #close}. The system releases it when the process ends, even by {@code kill -9}, so a
 * killed command never leaves a folder locked.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name inside the folder. */
    public static final String FILE = ".depinlab.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (which exists) at once, or refuses naming {@code given}, the path the user
     * gave, when another command holds it.
     */
    static FolderLock acquire(Path folder, Path given) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new OutputException(given + ": in use by another depinlab command (sweep, merge or report);"
                        + " wait until it ends, or give another folder");
            }
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputException(given + ": cannot lock the folder: " + OutputFolder.reason(e));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock was never taken; nothing to release
            }
        }
    }
}
