package org.minijs.runtime.fs;

import org.minijs.interpreter.errors.JSException;
import org.minijs.runtime.NodeErrors;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** The Buffer encodings fs accepts: utf8 (utf-8), latin1 (binary), ascii, hex, base64. */
final class FsEncoding {
    private FsEncoding() {
    }

    static String decode(byte[] bytes, String encoding) {
        return switch (encoding.toLowerCase()) {
            case "utf8", "utf-8" -> new String(bytes, StandardCharsets.UTF_8);
            case "latin1", "binary" -> new String(bytes, StandardCharsets.ISO_8859_1);
            case "ascii" -> {
                byte[] masked = bytes.clone();
                for (int i = 0; i < masked.length; i++) {
                    masked[i] &= 0x7F;
                }
                yield new String(masked, StandardCharsets.US_ASCII);
            }
            case "hex" -> HexFormat.of().formatHex(bytes);
            case "base64" -> Base64.getEncoder().encodeToString(bytes);
            default -> throw unknown(encoding);
        };
    }

    static byte[] encode(String s, String encoding) {
        return switch (encoding.toLowerCase()) {
            case "utf8", "utf-8" -> s.getBytes(StandardCharsets.UTF_8);
            case "latin1", "binary" -> s.getBytes(StandardCharsets.ISO_8859_1);
            case "ascii" -> s.getBytes(StandardCharsets.US_ASCII);
            case "hex" -> HexFormat.of().parseHex(s.length() % 2 == 0 ? s : s.substring(0, s.length() - 1));
            case "base64" -> Base64.getMimeDecoder().decode(s);
            default -> throw unknown(encoding);
        };
    }

    static void check(String encoding) {
        decode(new byte[0], encoding);
    }

    private static JSException unknown(String encoding) {
        return NodeErrors.withCode(org.minijs.interpreter.JSRealm.get(null).typeErrorPrototype(),
                "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received '" + encoding + "'");
    }
}
