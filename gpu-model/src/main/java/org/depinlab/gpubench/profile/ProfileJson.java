package org.depinlab.gpubench.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Profile files, as text and read back: JSON, snake_case keys, one file per device.
 */
public final class ProfileJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ProfileJson() {
    }

    /** The profile as JSON text. */
    public static String toJson(GpuProfile profile) {
        try {
            return MAPPER.writeValueAsString(profile) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise profile of " + profile.model(), e);
        }
    }

    /**
     * Reads a profile.
     *
     * @throws ProfileFormatException naming the source and what is wrong
     */
    public static GpuProfile read(InputStream in, String source) {
        try {
            GpuProfile profile = MAPPER.readValue(in, GpuProfile.class);
            if (profile.schema() != GpuProfile.SCHEMA) {
                throw new ProfileFormatException(source + ": profile schema " + profile.schema()
                        + " is not supported (allowed: " + GpuProfile.SCHEMA + ")");
            }
            return profile;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new ProfileFormatException(source + where + ": not a valid profile: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ProfileFormatException(source + ": not a valid profile: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a profile file. */
    public static GpuProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ProfileFormatException(file + ": cannot read: " + e.getMessage());
        }
    }
}
