package org.depinlab.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path folder;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeRun(OutputFolder target, String... files) throws IOException {
        try (Staging staging = target.stage("depinlab run")) {
            for (String file : files) {
                staging.write(file, "new " + file);
            }
            staging.commit();
        }
    }

    @Test
    void aNewFolderAppearsWholeWithAManifestListingWhatWasWritten() throws IOException {
        Path out = folder.resolve("a/b/report");
        writeRun(OutputFolder.claim(out, OutputKind.RUN), "run.json", "data/epochs.csv");
        assertEquals(List.of("data", "depinlab-manifest.json", "run.json"), names(out));
        Manifest manifest = Manifest.read(out).orElseThrow();
        assertEquals(List.of("data/epochs.csv", "run.json"), manifest.files());
        assertEquals("depinlab run", manifest.madeBy());
        assertEquals(List.of("report"), names(out.getParent()), "no temporary folder is left beside it");
    }

    @Test
    void replacingAReportKeepsTheUsersFilesAndDropsOnlyOldOutputs() throws IOException {
        Path out = folder.resolve("report");
        writeRun(OutputFolder.claim(out, OutputKind.RUN), "run.json", "data/protocol_epochs.csv");
        Files.writeString(out.resolve("my-notes.txt"), "mine");
        Files.writeString(out.resolve("data/mine.csv"), "mine too");
        writeRun(OutputFolder.claim(out, OutputKind.RUN), "run.json", "data/epochs.csv");
        assertEquals("mine", Files.readString(out.resolve("my-notes.txt")));
        assertEquals("mine too", Files.readString(out.resolve("data/mine.csv")));
        assertEquals("new run.json", Files.readString(out.resolve("run.json")));
        assertFalse(Files.exists(out.resolve("data/protocol_epochs.csv")), "an output the new run no longer has");
        assertEquals(List.of("data/epochs.csv", "run.json"), Manifest.read(out).orElseThrow().files());
        assertEquals(List.of("data", "depinlab-manifest.json", "my-notes.txt", "run.json"), names(out));
    }

    @Test
    void aFolderNotMadeByDepinlabIsRefusedAndLeftUntouched() throws IOException {
        Path mine = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");
        OutputException e = assertThrows(OutputException.class, () -> OutputFolder.claim(mine, OutputKind.RUN));
        assertTrue(e.getMessage().startsWith(mine + ": exists and was not made by depinlab"), e.getMessage());
        assertEquals(List.of("thesis.tex"), names(mine));
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertThrows(OutputException.class, () -> OutputFolder.claim(empty, OutputKind.SWEEP));
    }

    @Test
    void aRegularFileTheRootTheHomeAndTheWorkingFolderAndItsAncestorsAreRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "keep");
        assertTrue(assertThrows(OutputException.class, () -> OutputFolder.claim(file, OutputKind.RUN)).getMessage()
                .contains("is not a folder"));
        assertEquals("keep", Files.readString(file));
        Path working = Path.of("").toAbsolutePath();
        for (Path special : List.of(Path.of("/"), Path.of("."), Path.of(""), working.getParent(),
                Path.of(System.getProperty("user.home")), Path.of("subfolder/../.."))) {
            assertThrows(OutputException.class, () -> OutputFolder.claim(special, OutputKind.RUN), special.toString());
        }
    }

    @Test
    void aUserFileNamedLikeAnOutputInADepinlabFolderIsRefused() throws IOException {
        Path out = folder.resolve("report");
        writeRun(OutputFolder.claim(out, OutputKind.RUN), "run.json");
        Files.writeString(out.resolve("report.html"), "the user's own page");
        OutputException e = assertThrows(OutputException.class, () -> OutputFolder.claim(out, OutputKind.RUN));
        assertTrue(e.getMessage().contains("report.html: was not written by depinlab"), e.getMessage());
    }

    @Test
    void aFolderOfAnotherKindIsRefused() throws IOException {
        Path out = folder.resolve("report");
        writeRun(OutputFolder.claim(out, OutputKind.RUN), "run.json");
        OutputException e = assertThrows(OutputException.class, () -> OutputFolder.claim(out, OutputKind.SWEEP));
        assertTrue(e.getMessage().contains("holds a run's report"), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesNothingNotEvenTheParentsItMade() throws IOException {
        Path out = folder.resolve("new/parents/report");
        try (Staging staging = OutputFolder.claim(out, OutputKind.RUN).stage("depinlab run")) {
            staging.write("run.json", "half");
        }
        assertEquals(List.of(), names(folder));
    }

    @Test
    void anUnwritableDestinationIsFoundBeforeAnyWorkWithTheSystemsReason() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        OutputFolder target = OutputFolder.claim(file.resolve("report"), OutputKind.RUN);
        OutputException e = assertThrows(OutputException.class, () -> target.stage("depinlab run"));
        assertTrue(e.getMessage().startsWith(file.resolve("report") + ": cannot write there: "), e.getMessage());
    }

    @Test
    void leftoversOfDeadProcessesGoAndThoseOfLiveOnesStay() throws IOException {
        Path out = folder.resolve("report");
        long deadPid = deadPid();
        Path dead = Files.createDirectories(folder.resolve(".report.writing-" + deadPid + "-12345"));
        Files.writeString(dead.resolve("run.json"), "half");
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        Path live = Files.createDirectories(folder.resolve(".report.writing-" + Leftovers.tag(parent)));
        Path otherName = Files.createDirectories(folder.resolve(".other.writing-" + deadPid + "-1"));
        Path notOurs = Files.createDirectories(folder.resolve(".report.writing-by-hand"));
        try (Staging ignored = OutputFolder.claim(out, OutputKind.RUN).stage("depinlab run")) {
            assertFalse(Files.exists(dead), "a killed command's folder is removed");
            assertTrue(Files.exists(otherName) && Files.exists(notOurs), "only ours, for this destination");
            assertTrue(Files.exists(live), "a live process keeps its own");
        }
        assertTrue(Leftovers.alive(String.valueOf(ProcessHandle.current().pid()),
                Leftovers.PROCESS_TAG.substring(Leftovers.PROCESS_TAG.indexOf('-') + 1)));
        assertFalse(Leftovers.alive(String.valueOf(deadPid), "12345"));
    }

    @Test
    void aSecondLockOnAFolderIsRefusedAtOnceAndFreedOnClose() throws IOException {
        Path out = folder.resolve("sweep");
        OutputFolder first = OutputFolder.claim(out, OutputKind.SWEEP);
        try (FolderLock lock = first.lock()) {
            first.mark(new Manifest("depinlab sweep", OutputKind.SWEEP, List.of(), new SweepIdentity("s", List.of(),
                    Map.of("sweep plan", "ab"))));
            OutputException e = assertThrows(OutputException.class,
                    () -> OutputFolder.claim(out, OutputKind.SWEEP).lock());
            assertTrue(e.getMessage().contains("in use by another depinlab command"), e.getMessage());
        }
        OutputFolder.claim(out, OutputKind.SWEEP).lock().close();
    }

    @Test
    void fingerprintDifferencesNameEachItem() {
        SweepIdentity a = new SweepIdentity("s", List.of(), Map.of("sweep plan", "1", "base scenario", "2",
                "data file a.csv", "3"));
        SweepIdentity b = new SweepIdentity("s", List.of(), Map.of("sweep plan", "1", "base scenario", "9",
                "data file b.csv", "4"));
        assertEquals(List.of("base scenario differs", "data file a.csv is read by A only",
                "data file b.csv is read by B only"), a.differences(b, "A", "B"));
        assertEquals(List.of(), a.differences(a, "A", "A"));
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
