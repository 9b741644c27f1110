package org.depinlab.simulator.output;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an output folder holds, and the names its command may write there. */
public enum OutputKind {

    /** One run's report ({@code depinlab run}). */
    @JsonProperty("run")
    RUN("a run's report", Set.of("report.html", "run.json", "summary.md", "data/epochs.csv", "data/operators.csv",
            "data/latency.csv", "data/protocol_epochs.csv")),

    /** A sweep's runs and summary ({@code depinlab sweep}, {@code merge}, {@code report}). */
    @JsonProperty("sweep")
    SWEEP("a sweep", Set.of("points.jsonl", "summary.csv", "report.html")),

    /**
     * A study's estimates and report ({@code depinlab study}), or one shard's mark; its runs are a sweep folder
     * inside, {@code runs/}.
     */
    @JsonProperty("study")
    STUDY("a study", Set.of("study.json", "summary.md", "report.html", "shard.json")),

    /** Executed notebooks and their figures (the notebooks' runner); their names vary with the notebooks. */
    @JsonProperty("notebooks")
    NOTEBOOKS("executed notebooks", Set.of());

    private final String description;
    private final Set<String> names;

    OutputKind(String description, Set<String> names) {
        this.description = description;
        this.names = names;
    }

    /** In words, for messages. */
    public String description() {
        return description;
    }

    /** The relative paths a command of this kind may write (besides the manifest). */
    public Set<String> names() {
        return names;
    }
}
