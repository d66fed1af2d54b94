package io.github.asyncioanswers.notes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns the bytes of a note file into lines, reporting what had to be repaired. */
final class NoteText {

    /** The lines of a file and the problems met decoding it; {@code binary} files have no lines. */
    record Decoded(List<String> lines, List<ParseWarning> warnings) {
    }

    private static final int BINARY_PROBE = 8192;

    private NoteText() {
    }

    static Decoded decode(String file, byte[] bytes) {
        List<ParseWarning> warnings = new ArrayList<>();
        if (looksBinary(bytes)) {
            warnings.add(new ParseWarning(file, 1, "binary file (NUL bytes), not read as notes"));
            return new Decoded(List.of(), warnings);
        }
        int badOffset = firstInvalidUtf8(bytes);
        if (badOffset >= 0) {
            warnings.add(new ParseWarning(file, lineAt(bytes, badOffset),
                    "invalid UTF-8, the bad bytes were replaced with \uFFFD"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(Arrays.asList(text.split("\n", -1)), warnings);
    }

    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns the offset of the first byte that is not valid UTF-8, or -1. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
