package org.depinlab.simulator.cli.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One bad input of the corpus: the files written into a fresh folder, a command line, and what its
 * one message must mention.
 *
 * @param name     readable and unique: the command, the file or option, what is wrong
 * @param files    path relative to the case folder to its bytes; null bytes make a folder
 * @param args     the command line; an argument starting with {@value #IN} is a path in the case folder
 * @param mentions patterns the error message must contain (file:line, field path, option)
 * @param gate     for run and sweep: the file that {@code validate} must refuse first, since one it
 *                 accepted would be simulated in full; null for none
 * @param outputs  whether to run the command twice more with {@code --out}: a folder that does not
 *                 exist (it must not appear) and one holding a user's file (it must stay as it was)
 */
record BadInput(String name, Map<String, byte[]> files, List<String> args, List<Pattern> mentions, String gate,
                boolean outputs) {

    /** Marks an argument as a path inside the case folder. */
    static final String IN = "@/";

    BadInput {
        files = new LinkedHashMap<>(files);
        args = List.copyOf(args);
        mentions = List.copyOf(mentions);
    }

    /** {@code depinlab validate FILE}. */
    static BadInput validate(String what, Map<String, byte[]> files, String file, List<Pattern> mentions) {
        return new BadInput("validate " + file + ": " + what, files, List.of("validate", IN + file), mentions, null,
                false);
    }

    /** {@code depinlab run FILE} or {@code depinlab sweep FILE}, refused before anything runs. */
    static BadInput simulate(String command, String what, Map<String, byte[]> files, String file,
                             List<Pattern> mentions) {
        return new BadInput(command + " " + file + ": " + what, files, List.of(command, IN + file), mentions, file,
                true);
    }

    /** Both: the file refused by validate and by the command that would simulate it. */
    static List<BadInput> both(String command, String what, Map<String, byte[]> files, String file,
                               List<Pattern> mentions) {
        return List.of(validate(what, files, file, mentions), simulate(command, what, files, file, mentions));
    }

    /** A command line of its own, named for its command (and bench's subcommand). */
    static BadInput command(String what, Map<String, byte[]> files, List<Pattern> mentions, String... args) {
        String words = args.length == 0 || args[0].startsWith("-") ? "" : " " + args[0];
        if (args.length > 1 && args[0].equals("bench") && !args[1].startsWith("-")) {
            words += " " + args[1];
        }
        return new BadInput("depinlab" + words + ": " + what, files, List.of(args), mentions, null, false);
    }

    /** The message names this text. */
    static Pattern text(String text) {
        return Pattern.compile(Pattern.quote(text));
    }

    /** The message names this file with a line: {@code name:N}. */
    static Pattern fileLine(String fileName) {
        return Pattern.compile(Pattern.quote(fileName) + ":\\d+");
    }

    /** The message names this file at this line. */
    static Pattern at(String fileName, int line) {
        return Pattern.compile(Pattern.quote(fileName) + ":" + line + "(?!\\d)");
    }
}
