package org.depinlab.gpubench.profile;

/** A profile file that cannot be used; the message names the file and what is wrong. */
public final class ProfileFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileFormatException(String message) {
        super(message);
    }
}
