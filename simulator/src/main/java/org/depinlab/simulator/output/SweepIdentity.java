package org.depinlab.simulator.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a sweep folder holds the runs of: the sweep's name, the outputs it summarises, and a
 * fingerprint of what it runs (a digest of the loaded plan, of the base scenario and of each data
 * file read, keyed by what each is). Runs of folders with different fingerprints cannot be mixed.
 *
 * @param name        the sweep's name
 * @param outputs     the run.json figures its summary keeps (empty: every numeric one)
 * @param fingerprint item ("plan", "scenario", "data NAME") → SHA-256 of its content, hex
 */
public record SweepIdentity(String name, List<String> outputs, Map<String, String> fingerprint) {

    /**
     * The digest of a file that could not be read: no run that needs it can have succeeded, so it
     * differs from nothing (a resume after the file is restored goes on).
     */
    public static final String UNREADABLE = "unreadable";

    public SweepIdentity {
        outputs = List.copyOf(outputs);
        fingerprint = new TreeMap<>(fingerprint);
    }

    /**
     * What differs between this fingerprint and {@code other}'s, in words (empty when they are
     * the same), each item named as {@code mine} and {@code theirs} describe the two sides.
     */
    public List<String> differences(SweepIdentity other, String mine, String theirs) {
        List<String> found = new ArrayList<>();
        TreeSet<String> items = new TreeSet<>(fingerprint.keySet());
        items.addAll(other.fingerprint.keySet());
        for (String item : items) {
            String a = fingerprint.get(item);
            String b = other.fingerprint.get(item);
            if (a == null) {
                found.add(item + " is read by " + theirs + " only");
            } else if (b == null) {
                found.add(item + " is read by " + mine + " only");
            } else if (!a.equals(b) && !a.equals(UNREADABLE) && !b.equals(UNREADABLE)) {
                found.add(item + " differs");
            }
        }
        return found;
    }
}
