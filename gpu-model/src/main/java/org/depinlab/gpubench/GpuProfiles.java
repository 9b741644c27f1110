package org.depinlab.gpubench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.ProfileJson;
import org.depinlab.gpubench.profile.ServiceFigures;

/**
 * The profiles the simulator uses, by catalogue model: the measured profile of that model when one
 * is bundled, else one derived from a bundled measured reference by spec ratios, else the spec
 * profile. Every figure keeps its label, so a report can say which numbers were measured.
 */
public final class GpuProfiles {

    /**
     * Launch latency used when nothing was measured: CUDA kernel launches typically cost a few
     * microseconds of host and driver time; no datasheet gives the figure.
     */
    static final double ASSUMED_LAUNCH_SECONDS = 5e-6;

    private static final String INDEX = "profiles/index.txt";

    private final GpuCatalog catalog;
    private final Map<String, GpuProfile> measured = new LinkedHashMap<>();

    /**
     * Profiles over {@code catalog} with these measured profiles (each must name a catalogue model).
     */
    public GpuProfiles(GpuCatalog catalog, List<GpuProfile> measuredProfiles) {
        this.catalog = catalog;
        for (GpuProfile profile : measuredProfiles) {
            if (profile.label() != Label.MEASURED) {
                throw new IllegalArgumentException("profile of " + profile.model() + " is " + profile.label()
                        + ", not measured");
            }
            measured.put(catalog.require(profile.model()).id(), profile);
        }
    }

    /** The built-in catalogue and the measured profiles bundled with depinlab. */
    public static GpuProfiles builtIn() {
        return new GpuProfiles(GpuCatalog.builtIn(), bundledProfiles());
    }

    /** The catalogue these profiles draw on. */
    public GpuCatalog catalog() {
        return catalog;
    }

    /**
     * The best available profile of a catalogue model (id or alias): measured, else derived from
     * the first measured reference, else spec.
     *
     * @throws org.depinlab.gpubench.catalog.UnknownGpuException if the catalogue lacks the model
     */
    public GpuProfile forModel(String name) {
        GpuSpec spec = catalog.require(name);
        GpuProfile own = measured.get(spec.id());
        if (own != null) {
            return own;
        }
        Optional<GpuProfile> reference = measured.values().stream().findFirst();
        return reference.map(r -> derive(spec, r, catalog.require(r.model()))).orElseGet(() -> spec(spec));
    }

    /** A profile of spec-sheet figures only (launch latency assumed). */
    public static GpuProfile spec(GpuSpec spec) {
        ServiceFigures figures = new ServiceFigures(
                new Figure(ASSUMED_LAUNCH_SECONDS, "s", Label.ASSUMED,
                        "typical CUDA kernel launch overhead; no datasheet gives it and no profile was measured"),
                spec.hostLinkBandwidth(), spec.hostLinkBandwidth(), spec.memoryBandwidth(), spec.fp32Peak(),
                spec.fp16Peak(), null);
        return new GpuProfile(GpuProfile.SCHEMA, spec.id(), Label.SPEC, null, null, "depinlab GPU catalogue", figures,
                List.of(), List.of());
    }

    /**
     * A profile of {@code target} scaled from a measured {@code reference}: each measured figure
     * times target spec / reference spec for the same quantity (so the reference's measured
     * efficiency carries over); launch latency is the reference's (a host and driver cost); the
     * hash rate scales with FP32 peak (both scale with SM count × clock).
     */
    public static GpuProfile derive(GpuSpec target, GpuProfile reference, GpuSpec referenceSpec) {
        ServiceFigures r = reference.figures();
        String from = "measured " + referenceSpec.id() + " (" + reference.date() + ")";
        Figure launch = new Figure(r.launchLatency().value(), "s", Label.DERIVED,
                "launch latency of " + from + ", unscaled");
        Figure hostLink = scale(r.hostToDevice(), target.hostLinkBandwidth(), referenceSpec.hostLinkBandwidth(),
                "host_to_device", from, target, referenceSpec);
        Figure deviceLink = scale(r.deviceToHost(), target.hostLinkBandwidth(), referenceSpec.hostLinkBandwidth(),
                "device_to_host", from, target, referenceSpec);
        ServiceFigures figures = new ServiceFigures(launch,
                hostLink == null ? target.hostLinkBandwidth() : hostLink,
                deviceLink == null ? target.hostLinkBandwidth() : deviceLink,
                scale(r.memoryBandwidth(), target.memoryBandwidth(), referenceSpec.memoryBandwidth(), "memory_bandwidth",
                        from, target, referenceSpec),
                scale(r.fp32Peak(), target.fp32Peak(), referenceSpec.fp32Peak(), "fp32_peak", from, target,
                        referenceSpec),
                r.fp16Peak() == null ? target.fp16Peak() : scale(r.fp16Peak(), target.fp16Peak(),
                        referenceSpec.fp16Peak(), "fp16_peak", from, target, referenceSpec),
                scale(r.hashRate(), target.fp32Peak(), referenceSpec.fp32Peak(), "hash_rate", from, target,
                        referenceSpec));
        return new GpuProfile(GpuProfile.SCHEMA, target.id(), Label.DERIVED, null, reference.date(),
                "derived by depinlab from " + from, figures, List.of(), List.of());
    }

    private static Figure scale(Figure measured, Figure targetSpec, Figure referenceSpec, String quantity, String from,
                                GpuSpec target, GpuSpec reference) {
        if (measured == null) {
            return null;
        }
        double ratio = targetSpec.value() / referenceSpec.value();
        return new Figure(measured.value() * ratio, measured.unit(), Label.DERIVED, String.format(Locale.ROOT,
                "%s = measured %s of %s x spec(%s) / spec(%s) = %.6g x %.6g / %.6g", quantity, quantity, from,
                target.id(), reference.id(), measured.value(), targetSpec.value(), referenceSpec.value()));
    }

    /** The measured profiles listed in {@code profiles/index.txt} of this module's resources. */
    static List<GpuProfile> bundledProfiles() {
        List<GpuProfile> profiles = new ArrayList<>();
        try (InputStream index = GpuProfiles.class.getResourceAsStream(INDEX)) {
            if (index == null) {
                return profiles;
            }
            for (String line : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String file = line.strip();
                if (file.isEmpty() || file.startsWith("#")) {
                    continue;
                }
                try (InputStream in = GpuProfiles.class.getResourceAsStream("profiles/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled profile " + file + " is listed but missing");
                    }
                    profiles.add(ProfileJson.read(in, "profiles/" + file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled profiles", e);
        }
        return profiles;
    }
}
