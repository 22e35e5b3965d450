package org.minijs.runtime.fs;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;
import org.minijs.runtime.loop.EventLoop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The reading end under process.stdin ({@code require('internal/stdin_reader')}): a thread of its own reads
 * the standard input in chunks while the stream flows and posts each chunk to the loop's poll phase, where it
 * reaches the JavaScript callback as a Buffer, or as a string once an encoding is set (decoded across chunk
 * boundaries). While flowing and not at its end the reader keeps the loop alive, as libuv's stream handle;
 * paused, it does not (a read already under way completes into a buffer that resume() delivers).
 */
public final class StdinReader {
    private static final int CHUNK = 65536;

    private final JSRealm realm;
    private final EventLoop loop;
    private final InputStream in;
    private final JSObject bufferPrototype;
    private final Object lock = new Object();
    private final ArrayDeque<byte[]> pending = new ArrayDeque<>(); // read while paused; loop thread only
    private JSFunction onData;
    private JSFunction onEnd;
    private CharsetDecoder decoder;
    private boolean flowing; // loop thread
    private boolean ended; // loop thread: the end was read
    private boolean endDelivered;
    private boolean wanted; // guarded by lock: the thread may read the next chunk
    private Thread thread;

    private StdinReader(JSRealm realm, EventLoop loop, InputStream in) {
        this.realm = realm;
        this.loop = loop;
        this.in = in;
        this.bufferPrototype = FsBuffer.prototype(realm, customInspect(realm));
    }

    /** The module object: start(onData, onEnd), resume(), pause(), setEncoding(name). */
    public static JSObject module(JSRealm realm, EventLoop loop, InputStream in) {
        StdinReader reader = new StdinReader(realm, loop, in);
        JSObject m = realm.newObject();
        m.set("start", realm.newBuiltinFunction("start", 2, (t, args, nt) -> {
            reader.onData = (JSFunction) args[0];
            reader.onEnd = (JSFunction) args[1];
            return Undefined.INSTANCE;
        }));
        m.set("resume", realm.newBuiltinFunction("resume", 0, (t, args, nt) -> {
            reader.resume();
            return Undefined.INSTANCE;
        }));
        m.set("pause", realm.newBuiltinFunction("pause", 0, (t, args, nt) -> {
            reader.pause();
            return Undefined.INSTANCE;
        }));
        m.set("setEncoding", realm.newBuiltinFunction("setEncoding", 1, (t, args, nt) -> {
            String name = JSRuntime.toString(args[0]);
            FsEncoding.check(name);
            reader.decoder = charset(name).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return Undefined.INSTANCE;
        }));
        return m;
    }

    private static Charset charset(String encoding) {
        return switch (encoding.toLowerCase(java.util.Locale.ROOT)) {
            case "latin1", "binary" -> java.nio.charset.StandardCharsets.ISO_8859_1;
            case "ascii" -> java.nio.charset.StandardCharsets.US_ASCII;
            case "utf16le", "utf-16le", "ucs2", "ucs-2" -> java.nio.charset.StandardCharsets.UTF_16LE;
            default -> java.nio.charset.StandardCharsets.UTF_8;
        };
    }

    private static Symbol customInspect(JSRealm realm) {
        return org.minijs.runtime.console.UtilModule.customInspectSymbol(realm);
    }

    private void resume() {
        if (flowing || endDelivered) {
            return;
        }
        flowing = true;
        while (flowing && !pending.isEmpty()) {
            deliver(pending.poll());
        }
        if (!flowing) {
            return;
        }
        if (ended) {
            deliverEnd();
            return;
        }
        loop.refHandle();
        synchronized (lock) {
            wanted = true;
            lock.notifyAll();
        }
        if (thread == null) {
            thread = new Thread(this::readLoop, "minijs-stdin");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void pause() {
        if (!flowing) {
            return;
        }
        flowing = false;
        if (!ended) {
            loop.unrefHandle();
        }
        synchronized (lock) {
            wanted = false;
        }
    }

    /** The reader thread: one chunk per turn while wanted, then the end. */
    private void readLoop() {
        byte[] buffer = new byte[CHUNK];
        while (true) {
            synchronized (lock) {
                while (!wanted) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                n = -1;
            }
            byte[] chunk = n < 0 ? null : Arrays.copyOf(buffer, n);
            loop.postCompletion(() -> arrived(chunk));
            if (chunk == null) {
                return;
            }
        }
    }

    /** On the loop thread: a chunk (null at the end) from the reader thread. */
    private void arrived(byte[] chunk) {
        if (chunk == null) {
            ended = true;
            if (flowing) {
                loop.unrefHandle();
                deliverEnd();
            }
            return;
        }
        if (flowing) {
            deliver(chunk);
        } else {
            pending.add(chunk);
        }
    }

    private void deliver(byte[] chunk) {
        Object value;
        if (decoder != null) {
            CharBuffer chars = CharBuffer.allocate(chunk.length + 4);
            decoder.decode(ByteBuffer.wrap(chunk), chars, false);
            value = chars.flip().toString();
        } else {
            value = FsBuffer.of(bufferPrototype, chunk);
        }
        if (onData != null && !(value instanceof String s && s.isEmpty())) {
            onData.call(Undefined.INSTANCE, value);
        }
    }

    private void deliverEnd() {
        if (endDelivered) {
            return;
        }
        endDelivered = true;
        flowing = false;
        if (onEnd != null) {
            onEnd.call(Undefined.INSTANCE);
        }
    }
}
