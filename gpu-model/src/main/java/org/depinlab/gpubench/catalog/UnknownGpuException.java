package org.depinlab.gpubench.catalog;

import java.util.List;

/** A GPU model name that the catalogue does not know; the message lists the known ones. */
public final class UnknownGpuException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownGpuException(String name, List<String> known) {
        super("unknown GPU model '" + name + "' (allowed: " + String.join(", ", known) + ")");
    }
}
