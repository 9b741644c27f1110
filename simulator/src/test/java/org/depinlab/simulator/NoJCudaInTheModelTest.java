package org.depinlab.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The simulation model needs the GPU data (gpu-model), never the benchmarks: a whole run, in a class
 * loader of its own over the test class path, loads no JCuda class.
 */
class NoJCudaInTheModelTest {

    /** Loads classes itself (not through the test's loader, which other tests may have made load JCuda) and records each name. */
    private static final class RecordingLoader extends URLClassLoader {

        private final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] classpath) {
            super("recording", classpath, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }

    /** A run of the minimal scenario with its token economy, as {@code depinlab run} makes it. */
    public static final class MinimalRun implements Runnable {

        @Override
        public void run() {
            GpuProfiles profiles = GpuProfiles.builtIn();
            Scenario scenario = new ScenarioLoader(profiles.catalog()).load(Path.of("src/test/resources/scenarios/minimal.yaml"));
            EconomyRun.run(scenario.model(), scenario.protocol(), scenario.seed(), profiles);
        }
    }

    @Test
    void aRunOfTheModelLoadsNoJCudaClass() throws Exception {
        URL[] classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(NoJCudaInTheModelTest::url).toArray(URL[]::new);
        try (RecordingLoader loader = new RecordingLoader(classpath)) {
            Class<?> run = loader.loadClass(MinimalRun.class.getName());
            assertEquals(loader, run.getClassLoader(), "the run must be loaded apart from the test's own classes");
            ((Runnable) run.getDeclaredConstructor().newInstance()).run();
            assertTrue(loader.requested.contains(EconomyRun.class.getName()), "the run did not reach the model");
            List<String> jcuda = loader.requested.stream().filter(name -> name.startsWith("jcuda.")).sorted().toList();
            assertEquals(List.of(), jcuda);
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
