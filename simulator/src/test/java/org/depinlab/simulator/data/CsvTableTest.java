package org.depinlab.simulator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path folder;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        DataFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(DataFormatException.class, () -> CsvTable.read(Path.of("/dev/zero"), List.of())));
        assertEquals("/dev/zero: not a regular file (data is read from files of at most 104857600 bytes, not from a"
                + " device, pipe or folder)", e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = folder.resolve("big.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CsvTable.MAX_BYTES + 1);
        }
        DataFormatException e = assertThrows(DataFormatException.class, () -> CsvTable.read(big, List.of()));
        assertEquals(big + ": 104857601 bytes, more than the 104857600 a data file may have (allowed: split or cut the"
                + " file)", e.getMessage());
    }
}
