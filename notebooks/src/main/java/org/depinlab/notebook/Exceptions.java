package org.depinlab.notebook;

import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/** Text of an exception a snippet threw: its class, message, first frames and causes. */
final class Exceptions {

    /** Frames shown per exception: enough to find the failing call in a cell or the library. */
    static final int FRAMES = 8;

    private Exceptions() {
    }

    static String describe(JShellException exception) {
        StringBuilder text = new StringBuilder();
        Throwable t = exception;
        while (t != null) {
            if (t != exception) {
                text.append("\ncaused by ");
            }
            text.append(name(t));
            if (t.getMessage() != null && !(t instanceof UnresolvedReferenceException)) {
                text.append(": ").append(t.getMessage());
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                text.append("\n    at ").append(frames[i]);
            }
            t = t.getCause();
        }
        return text.toString();
    }

    private static String name(Throwable t) {
        if (t instanceof EvalException eval) {
            return eval.getExceptionClassName();
        }
        if (t instanceof UnresolvedReferenceException unresolved) {
            return "a reference to " + unresolved.getSnippet().source().strip() + ", which is not yet resolved";
        }
        return t.getClass().getName();
    }
}
