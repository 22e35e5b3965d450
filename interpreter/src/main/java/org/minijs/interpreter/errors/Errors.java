package org.minijs.interpreter.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** Creates Error objects (with their captured stack) and the JSExceptions that throw them. */
public final class Errors {
    private Errors() {
    }

    @TruffleBoundary
    public static JSErrorObject createError(JSObject prototype, Object message, Node location) {
        return createError(prototype, message, location, null);
    }

    /** As above for the Error constructors: frames up to {@code newTarget}'s call are left out (see StackTrace). */
    @TruffleBoundary
    public static JSErrorObject createError(JSObject prototype, Object message, Node location, Object newTarget) {
        JSErrorObject error = new JSErrorObject(prototype);
        String frames = StackTrace.capture(location, newTarget);
        if (frames != null) {
            error.setStackFrames(frames); // defines "stack" first, as V8 does
        } else {
            error.defineHidden("stack", Undefined.INSTANCE); // Error.stackTraceLimit is not a number
        }
        if (message != Undefined.INSTANCE) {
            error.defineHidden("message", JSRuntime.toString(message));
        }
        return error;
    }

    /** "Name: message" as Error.prototype.toString builds it. */
    @TruffleBoundary
    public static String header(JSObject error) {
        Object name = error.get("name");
        Object message = error.get("message");
        String n = name == Undefined.INSTANCE ? "Error" : JSRuntime.toString(name);
        String m = message == Undefined.INSTANCE ? "" : JSRuntime.toString(message);
        if (n.isEmpty()) {
            return m;
        }
        return m.isEmpty() ? n : n + ": " + m;
    }

    public static JSException typeError(String message) {
        return typeError(message, null);
    }

    @TruffleBoundary
    public static JSException typeError(String message, Node location) {
        JSRealm realm = JSRealm.get(location);
        return new JSException(createError(realm.typeErrorPrototype(), message, location), location);
    }

    @TruffleBoundary
    public static JSException referenceError(String message, Node location) {
        JSRealm realm = JSRealm.get(location);
        return new JSException(createError(realm.referenceErrorPrototype(), message, location), location);
    }

    @TruffleBoundary
    public static JSException rangeError(String message, Node location) {
        JSRealm realm = JSRealm.get(location);
        return new JSException(createError(realm.rangeErrorPrototype(), message, location), location);
    }

    @TruffleBoundary
    public static JSException syntaxError(String message, Node location) {
        JSRealm realm = JSRealm.get(location);
        return new JSException(createError(realm.syntaxErrorPrototype(), message, location), location);
    }
}
