package org.depinlab.simulator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.IntConsumer;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bars of {@code run}, {@code sweep} and {@code study}: shown on a terminal only, on standard error
 * (so outputs and piped standard output stay clean), without colour when {@code NO_COLOR} is set
 * (no-color.org: present and not empty) and in plain ASCII when {@code TERM} is {@code dumb}.
 */
final class ProgressBars {

    private ProgressBars() {
    }

    /** Work that reports its runs: first how many it will make, then 1 for each finished. */
    interface CountedRuns<T> {
        T run(IntConsumer progress) throws IOException;
    }

    /** Does {@code work} under a bar named {@code task} counting runs, where {@link #shown} one. */
    static <T> T counting(String task, boolean quiet, CountedRuns<T> work) throws IOException {
        if (!shown(quiet)) {
            return work.run(n -> { });
        }
        try (ProgressBar bar = named(task, " runs").build()) {
            boolean[] sized = {false};
            return work.run(n -> {
                if (sized[0]) {
                    bar.stepBy(n);
                } else {
                    bar.maxHint(n);
                    sized[0] = true;
                }
            });
        }
    }

    /** Whether a bar is shown: not with --quiet, and only on a terminal. */
    static boolean shown(boolean quiet) {
        return !quiet && System.console() != null;
    }

    /** A bar named {@code task} counting {@code unit}, styled for this process's environment. */
    static ProgressBarBuilder named(String task, String unit) {
        return named(task, unit, System.getenv(), System.err);
    }

    /** A bar named {@code task} counting {@code unit}, styled for {@code environment}, drawn on {@code out}. */
    static ProgressBarBuilder named(String task, String unit, Map<String, String> environment, PrintStream out) {
        return new ProgressBarBuilder().setTaskName(task).setUnit(unit, 1).setStyle(style(environment))
                .setConsumer(new ConsoleProgressBarConsumer(out));
    }

    /** The style {@code environment} asks for. */
    static ProgressBarStyle style(Map<String, String> environment) {
        if ("dumb".equals(environment.get("TERM"))) {
            return ProgressBarStyle.ASCII;
        }
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? ProgressBarStyle.UNICODE_BLOCK
                : ProgressBarStyle.COLORFUL_UNICODE_BLOCK;
    }
}
