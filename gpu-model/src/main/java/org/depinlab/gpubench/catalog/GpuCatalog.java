package org.depinlab.gpubench.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GPU catalogue: spec-sheet figures of the GPUs that matter for DePIN, from the resource
 * {@code gpus.yaml}. Models are found by id or alias, ignoring case.
 */
public final class GpuCatalog {

    private static final String RESOURCE = "gpus.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<GpuSpec> models;
    private final Map<String, GpuSpec> byName = new LinkedHashMap<>();

    GpuCatalog(List<GpuSpec> models) {
        this.models = List.copyOf(models);
        for (GpuSpec model : models) {
            validate(model);
            register(model.id(), model);
            for (String alias : model.aliases()) {
                register(alias, model);
            }
        }
    }

    /** The catalogue shipped with depinlab. */
    public static GpuCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    /** Every model, in catalogue order. */
    public List<GpuSpec> models() {
        return models;
    }

    /** The model with this id or alias (case ignored). */
    public Optional<GpuSpec> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.toUpperCase(Locale.ROOT)));
    }

    /**
     * The model with this id or alias.
     *
     * @throws UnknownGpuException naming the model and the allowed ids
     */
    public GpuSpec require(String name) {
        return find(name).orElseThrow(() -> new UnknownGpuException(name, ids()));
    }

    /** The catalogue ids, in order. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (GpuSpec model : models) {
            ids.add(model.id());
        }
        return ids;
    }

    private void register(String name, GpuSpec model) {
        GpuSpec previous = byName.put(name.toUpperCase(Locale.ROOT), model);
        if (previous != null && previous != model) {
            throw new IllegalStateException("catalogue name '" + name + "' is used by both " + previous.id()
                    + " and " + model.id());
        }
    }

    private static void validate(GpuSpec model) {
        String where = "catalogue model " + model.id();
        if (model.id() == null || model.id().isBlank() || model.name() == null || model.source() == null) {
            throw new IllegalStateException(where + ": id, name and source are required");
        }
        double[] positives = {model.fp32Tflops(), model.fp16TensorTflops(), model.memoryBandwidthGbps(),
            model.vramGb(), model.tdpW()};
        for (double value : positives) {
            if (!(value > 0)) {
                throw new IllegalStateException(where + ": every figure must be > 0");
            }
        }
        PcieLink.bytesPerSecond(model.pcieGen(), model.pcieLanes());
        if (model.releaseYear() < 2000 || model.releaseYear() > 2100) {
            throw new IllegalStateException(where + ": release_year is missing or out of range");
        }
        boolean priced = model.priceUsd() != null;
        if (priced != (model.priceSource() != null) || priced != (model.priceDate() != null)) {
            throw new IllegalStateException(where + ": a price needs its source and date");
        }
    }

    private static final class Holder {
        static final GpuCatalog BUILT_IN = load();

        private static GpuCatalog load() {
            try (InputStream in = GpuCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("GPU catalogue resource " + RESOURCE + " is missing");
                }
                return new GpuCatalog(YAML.readValue(in, CatalogFile.class).models());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the GPU catalogue " + RESOURCE, e);
            }
        }
    }

    /** The shape of {@code gpus.yaml}. */
    record CatalogFile(List<GpuSpec> models) {
    }
}
