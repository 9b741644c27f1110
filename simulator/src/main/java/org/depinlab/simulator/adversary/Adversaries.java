package org.depinlab.simulator.adversary;

import java.util.List;
import java.util.Objects;

/**
 * The scenario's {@code adversaries} section.
 *
 * @param cheaters     per operator class, who cheats and how
 * @param verification how results are checked ({@link Verification#NONE}: never)
 * @param penalties    what a node caught suffers ({@link Penalties#NONE}: nothing)
 */
public record Adversaries(List<Cheater> cheaters, Verification verification, Penalties penalties) {

    public Adversaries {
        cheaters = List.copyOf(cheaters);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(penalties, "penalties");
    }

    /** Whether some cheater decides rationally (it needs the protocol's prices). */
    public boolean rational() {
        return cheaters.stream().anyMatch(Cheater::rational);
    }
}
