package org.minijs.runtime.fs;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.nio.charset.StandardCharsets;

/**
 * The part of node's Buffer that fs needs while the engine has no typed arrays: what readFile returns
 * without an encoding. It has length, toString([encoding]) and prints as node prints a Buffer
 * ({@code <Buffer 68 69>}, at most 50 bytes shown).
 */
final class FsBuffer extends JSObject {
    private static final int INSPECT_MAX_BYTES = 50;

    final byte[] bytes;

    private FsBuffer(JSObject prototype, byte[] bytes) {
        super(prototype);
        this.bytes = bytes;
        defineOwnProperty("length", PropertyCell.data(bytes.length, 0));
    }

    @Override
    public String className() {
        return "Buffer";
    }

    /** The shared prototype: toString and the util.inspect.custom hook. */
    static JSObject prototype(JSRealm realm, Symbol inspectCustom) {
        JSObject proto = realm.newObject();
        JSFunction ctor = realm.newBuiltinFunction("Buffer", 0, (t, args, nt) -> Undefined.INSTANCE);
        ctor.defineOwnProperty("prototype", PropertyCell.data(proto, 0));
        proto.defineHidden("constructor", ctor);
        proto.defineHidden("toString", realm.newBuiltinFunction("toString", 0, (t, args, nt) -> {
            String encoding = args.length > 0 && args[0] != Undefined.INSTANCE ? JSRuntime.toString(args[0]) : "utf8";
            return FsEncoding.decode(((FsBuffer) t).bytes, encoding);
        }));
        if (inspectCustom != null) {
            proto.defineHidden(inspectCustom, realm.newBuiltinFunction("inspect", 2, (t, args, nt) -> {
                byte[] b = ((FsBuffer) t).bytes;
                StringBuilder sb = new StringBuilder("<Buffer");
                for (int i = 0; i < Math.min(b.length, INSPECT_MAX_BYTES); i++) {
                    sb.append(' ').append(String.format("%02x", b[i] & 0xFF));
                }
                if (b.length > INSPECT_MAX_BYTES) {
                    int more = b.length - INSPECT_MAX_BYTES;
                    sb.append(" ... ").append(more).append(" more byte").append(more > 1 ? "s" : "");
                }
                return sb.append('>').toString();
            }));
        }
        return proto;
    }

    static FsBuffer of(JSObject prototype, byte[] bytes) {
        return new FsBuffer(prototype, bytes);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
