package dev.paperboy.content;

import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads user text files strictly: UTF-8 only, an optional BOM dropped, NUL bytes refused. */
public final class TextFiles {
    private TextFiles() {
    }

    public static Optional<String> read(Path path, String label, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.error(SourcePos.of(label), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, label, diagnostics);
    }

    public static Optional<String> decode(byte[] bytes, String label, Diagnostics diagnostics) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.error(SourcePos.of(label, lineOf(bytes, i)), "binary file (NUL byte), not text");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePos.of(label, lineOf(bytes, firstInvalidByte(bytes))), "not valid UTF-8 text",
                    "save the file as UTF-8");
            return Optional.empty();
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        return input.position();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
