package org.minijs.runtime.process;

import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.runtime.UncaughtErrorPrinter;
import org.minijs.runtime.loop.EventLoop;

import java.io.PrintStream;

/**
 * Where every error nobody caught ends up, with node's rules (lib/internal/process/execution.js and
 * promises.js, unhandled rejections mode "throw"): an unhandled rejection first goes to 'unhandledRejection'
 * listeners; if there are none it becomes an uncaught exception (a non-error reason wrapped in an
 * UnhandledPromiseRejection error). An uncaught exception goes to 'uncaughtExceptionMonitor', then to
 * 'uncaughtException' listeners; with none, 'exit' is emitted with 1, the error is printed and the process
 * ends with 1. A listener that throws ends it with 7.
 */
public final class UncaughtErrors implements EventLoop.ErrorSink {
    private static final int GENERIC_USER_ERROR = 1;
    private static final int EXCEPTION_IN_FATAL_EXCEPTION_HANDLER = 7;

    private final JSRealm realm;
    private final EventListeners events;
    private final ProcessState state;
    private final UncaughtErrorPrinter printer;
    private final PrintStream err;

    public UncaughtErrors(JSRealm realm, EventListeners events, ProcessState state, UncaughtErrorPrinter printer,
                          PrintStream err) {
        this.realm = realm;
        this.events = events;
        this.state = state;
        this.printer = printer;
        this.err = err;
    }

    @Override
    public void uncaughtException(JSException thrown) {
        trigger(thrown.value(), false, thrown.throwStatement());
    }

    @Override
    public void rejectionHandled(JSPromise promise) {
        events.emit("rejectionHandled", promise);
    }

    @Override
    public void unhandledRejection(JSPromise promise) {
        Object reason = promise.result();
        if (events.emit("unhandledRejection", reason, promise)) {
            return;
        }
        trigger(isErrorLike(reason) ? reason : unhandledPromiseRejection(reason), true, null);
    }

    private void trigger(Object error, boolean fromPromise, SourceSection throwStatement) {
        String origin = fromPromise ? "unhandledRejection" : "uncaughtException";
        boolean handled;
        try {
            events.emit("uncaughtExceptionMonitor", error, origin);
            handled = events.emit("uncaughtException", error, origin);
        } catch (JSException e) {
            printer.print(err, e.value(), e.throwStatement());
            throw new ProcessExit(EXCEPTION_IN_FATAL_EXCEPTION_HANDLER);
        }
        if (handled) {
            return;
        }
        if (!state.exiting()) {
            state.setExiting();
            state.setExitCode(GENERIC_USER_ERROR);
            try {
                events.emit("exit", GENERIC_USER_ERROR);
            } catch (JSException ignored) {
                // node: "Nothing to be done about it at this point."
            }
        }
        printer.print(err, error, throwStatement);
        throw new ProcessExit(GENERIC_USER_ERROR);
    }

    /** isErrorLike: an object with an own "stack". */
    private static boolean isErrorLike(Object value) {
        return value instanceof JSObject o && o.getOwnProperty("stack") != null;
    }


    /** node's UnhandledPromiseRejection: an Error without frames, with code ERR_UNHANDLED_REJECTION. */
    private JSErrorObject unhandledPromiseRejection(Object reason) {
        JSObject prototype = new JSObject(realm.errorPrototype());
        JSFunction ctor = realm.newBuiltinFunction("UnhandledPromiseRejection", 1, (t, args, nt) -> t);
        prototype.defineHidden("constructor", ctor);
        prototype.defineHidden("name", "UnhandledPromiseRejection");
        JSErrorObject error = new JSErrorObject(prototype);
        String message = "This error originated either by throwing inside of an async function without a catch "
                + "block, or by rejecting a promise which was not handled with .catch(). The promise rejected with"
                + " the reason \"" + org.minijs.interpreter.nodes.access.PropertyAccess.describeValue(reason) + "\".";
        error.defineHidden("message", message);
        error.defineHidden("stack", "UnhandledPromiseRejection: " + message);
        error.defineOwnProperty("code", PropertyCell.data("ERR_UNHANDLED_REJECTION", PropertyCell.ALL));
        return error;
    }
}
