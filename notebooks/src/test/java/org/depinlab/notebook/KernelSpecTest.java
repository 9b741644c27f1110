package org.depinlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

    @TempDir
    Path folder;

    @Test
    void kernelJsonStartsTheKernelWithAbsoluteClasspathAndJupytersConnectionFile() throws IOException {
        JsonNode spec = SyntheticNotebook.JSON.readTree(KernelSpec.json(Path.of("/opt/jdk/bin/java"),
                List.of(Path.of("/m2/a.jar"), Path.of("target/classes"))));

        assertEquals(List.of("/opt/jdk/bin/java", "-cp",
                "/m2/a.jar:" + Path.of("target/classes").toAbsolutePath(), "org.depinlab.notebook.NotebookKernel",
                "{connection_file}"), SyntheticNotebook.JSON.convertValue(spec.get("argv"), List.class));
        assertEquals("java", spec.get("language").asText());
        assertEquals("message", spec.get("interrupt_mode").asText(), "an interrupt reaches the kernel as a message");
    }

    @Test
    void dataFolderIsFoundAsJupyterFindsIt() {
        Path home = Path.of("/home/ada");

        assertEquals(Path.of("/srv/jupyter"), KernelSpec.dataFolder(Map.of("JUPYTER_DATA_DIR", "/srv/jupyter",
                "XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(Path.of("/xdg/jupyter"), KernelSpec.dataFolder(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(Path.of("/home/ada/.local/share/jupyter"), KernelSpec.dataFolder(Map.of(), "Linux", home));
        assertEquals(Path.of("/home/ada/Library/Jupyter"), KernelSpec.dataFolder(Map.of(), "Mac OS X", home));
    }

    @Test
    void installReplacesItsOwnKernelButNotAnotherOfTheSameName() throws IOException {
        Path file = KernelSpec.install(folder, KernelSpec.json(Path.of("java"), List.of(Path.of("/old.jar"))));
        assertEquals(folder.resolve("kernels/depinlab/kernel.json"), file);

        KernelSpec.install(folder, KernelSpec.json(Path.of("java"), List.of(Path.of("/new.jar"))));
        assertTrue(Files.readString(file).contains("/new.jar"));

        Files.writeString(file, "{\"argv\": [\"python3\", \"-m\", \"someone_elses_kernel\"]}");
        String message = assertThrows(NotebookException.class, () -> KernelSpec.install(folder,
                KernelSpec.json(Path.of("java"), List.of(Path.of("/new.jar"))))).getMessage();
        assertTrue(message.endsWith("is not depinlab's kernel: left as it is (remove it to install this one)"),
                message);
        assertTrue(Files.readString(file).contains("someone_elses_kernel"));
    }
}
