package org.depinlab.simulator.sweep;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Runs a sweep on a fixed pool of threads in this JVM; outcomes reach the sink on the calling thread. */
public final class LocalSweepExecutor implements SweepExecutor {

    private final ExecutorService pool;
    private final RunFunction run;

    /** An executor of {@code threads} threads running {@code run}. */
    public LocalSweepExecutor(int threads, RunFunction run) {
        if (threads < 1) {
            throw new IllegalArgumentException("a local sweep needs >= 1 thread, got " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads);
        this.run = run;
    }

    @Override
    public void execute(List<RunSpec> specs, Consumer<RunOutcome> sink) {
        CompletionService<RunOutcome> done = new ExecutorCompletionService<>(pool);
        for (RunSpec spec : specs) {
            done.submit(() -> run.run(spec));
        }
        for (int i = 0; i < specs.size(); i++) {
            try {
                sink.accept(done.take().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("sweep interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a sweep run failed: " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
