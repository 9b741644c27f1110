package org.depinlab.simulator.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Says where a file that should be UTF-8 text is not, for a reader whose decoding failed. */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** {@code file:line: not UTF-8 text (byte 0x..)}: the line and value of the first byte that does not decode. */
    public static DataFormatException notUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new DataFormatException(file + ": cannot read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        int bad = in.position();
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String value = bad < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[bad] & 0xFF)
                : "an incomplete character at the end";
        return new DataFormatException(file + ":" + line + ": not UTF-8 text (" + value + "): save the file as UTF-8");
    }
}
