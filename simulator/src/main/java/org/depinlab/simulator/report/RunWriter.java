package org.depinlab.simulator.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.EnergyGroup;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.OperatorSummary;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.output.Staging;
import org.depinlab.simulator.protocol.HolderLedger;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.protocol.ProtocolResult;
import org.depinlab.simulator.scenario.Scenario;

/**
 * Writes a run's outputs into a folder: {@code report.html} (charts), {@code run.json} (key
 * figures), {@code summary.md} and {@code data/*.csv} (per-epoch series, per-operator ledgers, latency by
 * class, energy by GPU model and region), into a {@link Staging} that moves them into place only when complete, so a failed run
 * leaves no half-written output and the previous report intact. No wall-clock time is written: the
 * same scenario and seed give the same bytes. Every figure and column is the one declared in
 * {@link Columns}, in its order.
 */
public final class RunWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunWriter() {
    }

    /** Writes the outputs of {@code run} into {@code staging}; the caller commits them. */
    public static void write(Scenario scenario, long seed, EconomyRun run, Staging staging) throws IOException {
        RunFigures figures = new RunFigures(scenario, seed, run);
        RunResult r = run.network();
        staging.write("run.json", json(figures));
        staging.write("summary.md", Summary.markdown(figures));
        staging.write("data/epochs.csv", CsvWriter.table(Columns.epochs(r.models(), r.regions()), r.epochs()));
        staging.write("data/operators.csv", CsvWriter.table(Columns.OPERATORS, operators(run)));
        staging.write("data/latency.csv", CsvWriter.table(Columns.LATENCY, r.latency()));
        staging.write("data/energy.csv", CsvWriter.table(Columns.ENERGY, r.energy()));
        if (run.protocol() != null) {
            ProtocolResult protocol = run.protocol();
            staging.write("data/protocol_epochs.csv",
                    CsvWriter.table(Columns.protocolEpochs(protocol.operatorClasses()), protocol.epochs()));
            staging.write("data/value_capture.csv", CsvWriter.table(
                    Columns.valueCapture(protocol.valueCapture().groups()), protocol.valueCapture().epochs()));
            if (!protocol.holders().isEmpty()) {
                staging.write("data/holders.csv", CsvWriter.table(Columns.HOLDER_EPOCHS, protocol.holderEpochs()));
            }
        }
        if (figures.hasAdversaries()) {
            staging.write("data/adversaries.csv",
                    CsvWriter.table(Columns.ADVERSARY_EPOCHS, r.adversaries().orElseThrow().epochs()));
        }
        if (figures.hasDemand()) {
            staging.write("data/demand.csv", CsvWriter.table(Columns.DEMAND_EPOCHS, r.demand()));
        }
        if (figures.hasOutsideFlows()) {
            staging.write("data/outside_flows.csv",
                    CsvWriter.table(Columns.OUTSIDE_FLOWS, run.protocol().outsideFlows()));
        }
        if (figures.hasSpoofing()) {
            staging.write("data/spoofing.csv", CsvWriter.table(Columns.SPOOFING_EPOCHS, figures.spoofing().epochs()));
        }
        // last, so that it links every other file written
        String version = RunWriter.class.getPackage().getImplementationVersion();
        staging.write("report.html", ReportHtml.page(figures, Files.readString(scenario.file()),
                version == null ? "development build" : version, staging.written()));
    }

    /** {@code run.json}: the figures in declaration order; a figure that does not exist (NaN) is null. */
    static String json(RunFigures figures) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            fields(json, Columns.RUN, figures);
            json.writeObjectFieldStart("latency_by_class");
            for (LatencySummary latency : figures.network().latency()) {
                json.writeObjectFieldStart(latency.jobClass());
                fields(json, Columns.LATENCY_IN_RUN, latency);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("energy_by_model_region");
            for (Map.Entry<String, List<EnergyGroup>> model : EnergyFigures.byModel(figures.network().energy())
                    .entrySet()) {
                json.writeObjectFieldStart(model.getKey());
                for (EnergyGroup group : model.getValue()) {
                    json.writeObjectFieldStart(group.region());
                    fields(json, Columns.ENERGY_IN_RUN, group);
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            if (figures.hasProtocol()) {
                fields(json, Columns.RUN_PROTOCOL, figures);
                json.writeObjectFieldStart("allocation_holders");
                for (HolderLedger holder : figures.run().protocol().holders()) {
                    json.writeObjectFieldStart(holder.holder());
                    fields(json, Columns.HOLDERS_IN_RUN, holder);
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            if (figures.hasDemand()) {
                fields(json, Columns.RUN_DEMAND, figures);
            }
            if (figures.hasOutsideFlows()) {
                fields(json, Columns.RUN_OUTSIDE_FLOWS, figures);
            }
            if (figures.hasMintAndBurn()) {
                fields(json, Columns.RUN_MINT_AND_BURN, figures);
            }
            if (figures.hasAdversaries()) {
                fields(json, Columns.RUN_ADVERSARIES, figures);
            }
            if (figures.hasSpoofing()) {
                fields(json, Columns.RUN_SPOOFING, figures);
            }
            json.writeEndObject();
        }
        return text + "\n";
    }

    private static <T> void fields(JsonGenerator json, List<Column<T>> columns, T row) throws IOException {
        for (Column<T> column : columns) {
            Object value = column.of(row);
            json.writeObjectField(column.name(), value instanceof Double d && !Double.isFinite(d) ? null : value);
        }
    }

    private static List<Columns.OperatorRow> operators(EconomyRun run) {
        List<OperatorSummary> network = run.network().operators();
        List<OperatorLedger> ledgers = run.protocol() == null ? null : run.protocol().operators();
        List<Columns.OperatorRow> rows = new ArrayList<>(network.size());
        for (int o = 0; o < network.size(); o++) {
            rows.add(new Columns.OperatorRow(network.get(o), ledgers == null ? null : ledgers.get(o)));
        }
        return rows;
    }
}
