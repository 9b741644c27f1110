package org.depinlab.simulator.network;

import java.util.Map;

/**
 * Grid carbon intensity per region, gCO2e per kWh: a scenario's own figures
 * ({@code network.carbon_g_per_kwh}) over a shipped table for the region names the shipped
 * scenarios use, and the world average for any other region.
 *
 * <p>Source of the table: Ember, Yearly Electricity Data, lifecycle carbon intensity of electricity
 * generation in 2023, as published by Our World in Data ("Carbon intensity of electricity
 * generation", ourworldindata.org/grapher/carbon-intensity-electricity). Each region stands for
 * the country of the cloud regions of that name: us-east the United States (369), eu-west Ireland
 * (291), eu-north Finland (79), asia-east China (582), latam Brazil (98); the world average of 2023
 * is 481 (Ember, Global Electricity Review 2024).
 */
public final class CarbonIntensity {

    /** World average of 2023, gCO2e/kWh: the figure of a region neither the scenario nor the table knows. */
    public static final double WORLD_2023 = 481;

    private static final Map<String, Double> EMBER_2023 = Map.of("us-east", 369.0, "eu-west", 291.0, "eu-north", 79.0,
            "asia-east", 582.0, "latam", 98.0);

    private CarbonIntensity() {
    }

    /** The intensity of {@code region}: the scenario's figure, else the table's, else the world average. */
    public static double of(String region, Map<String, Double> scenario) {
        Double given = scenario.get(region);
        if (given != null) {
            return given;
        }
        return EMBER_2023.getOrDefault(region, WORLD_2023);
    }
}
