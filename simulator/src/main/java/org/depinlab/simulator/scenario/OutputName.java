package org.depinlab.simulator.scenario;

import java.util.regex.Pattern;

/**
 * The {@code name} of a scenario or sweep: it names the default output folder {@code reports/NAME},
 * so it is one plain path segment that cannot leave {@code reports/}.
 */
final class OutputName {

    /** The longest name allowed. */
    static final int MAX_LENGTH = 100;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private OutputName() {
    }

    /** Reads the required field {@code name} of {@code root}, refusing anything but a plain segment. */
    static String read(Fields root) {
        String name = root.text("name");
        if (!PLAIN.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            throw root.error(root.child("name"), "'" + shown + "' cannot name the output folder reports/NAME (allowed:"
                    + " 1 to " + MAX_LENGTH + " letters, digits, '-', '_' and '.', not '.' or '..')");
        }
        return name;
    }
}
