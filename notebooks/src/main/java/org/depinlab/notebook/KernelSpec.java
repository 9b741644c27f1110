package org.depinlab.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.depinlab.simulator.output.AtomicFiles;

/**
 * Installs the {@value #NAME} Jupyter kernel: a {@code kernel.json} in the user's Jupyter data folder
 * that starts {@link NotebookKernel} with this JVM's {@code java} and classpath (the notebooks
 * module's, as the build left it: rebuild and restart the kernel to pick up a change, reinstall
 * after moving the checkout). It replaces a {@value #NAME} kernel it installed earlier, never
 * another one of that name.
 */
public final class KernelSpec {

    /** The kernel's name, which the notebooks' {@code metadata.kernelspec.name} selects. */
    public static final String NAME = "depinlab";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KernelSpec() {
    }

    /** The {@code kernel.json} that starts the kernel with {@code java} on {@code classpath}. */
    static String json(Path java, List<Path> classpath) throws IOException {
        ObjectNode spec = JSON.createObjectNode();
        spec.putArray("argv").add(java.toString()).add("-cp")
                .add(String.join(File.pathSeparator, classpath.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList()))
                .add(NotebookKernel.class.getName()).add("{connection_file}");
        spec.put("display_name", "Java (depinlab)").put("language", "java").put("interrupt_mode", "message");
        return JSON.writeValueAsString(spec) + "\n";
    }

    /**
     * The user's Jupyter data folder as Jupyter finds it: {@code JUPYTER_DATA_DIR}, else per system
     * ({@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows,
     * {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter} elsewhere).
     */
    static Path dataFolder(Map<String, String> env, String os, Path home) {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String system = os.toLowerCase(Locale.ROOT);
        if (system.startsWith("mac")) {
            return home.resolve("Library/Jupyter");
        }
        if (system.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    /**
     * Writes {@code kernels/NAME/kernel.json} under {@code dataFolder}.
     *
     * @return the file written
     * @throws NotebookException when a kernel.json there does not start {@link NotebookKernel}
     */
    static Path install(Path dataFolder, String kernelJson) throws IOException {
        Path file = dataFolder.resolve("kernels").resolve(NAME).resolve("kernel.json");
        if (Files.exists(file) && !Files.readString(file).contains(NotebookKernel.class.getName())) {
            throw new NotebookException(file + " exists and is not depinlab's kernel: left as it is (remove it"
                    + " to install this one)");
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, kernelJson);
        return file;
    }

    /** {@code KernelSpec install}: installs the kernel for this JVM's {@code java} and classpath. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].equals("install")) {
            System.err.println("usage: depinlab-kernel install   (writes the " + NAME + " kernel into Jupyter's"
                    + " data folder, JUPYTER_DATA_DIR if set)");
            System.exit(2);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path folder = dataFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
        try {
            Path file = install(folder, json(java, JShellSession.classpathOfThisJvm()));
            System.out.println("installed the " + NAME + " Jupyter kernel: " + file);
        } catch (NotebookException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
