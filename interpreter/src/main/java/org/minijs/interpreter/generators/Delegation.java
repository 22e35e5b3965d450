package org.minijs.interpreter.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;

/**
 * The step of {@code yield*} shared by generators and async generators: which method of the inner iterator a
 * received completion calls, and what a missing method means (a return completes the outer generator; a
 * throw closes the inner iterator and is a TypeError).
 */
final class Delegation {
    private Delegation() {
    }

    @TruffleBoundary
    static JSFunction innerMethod(JSObject iterator, GeneratorObject.ResumeMode mode, Object received, JSNode location) {
        String name = switch (mode) {
            case NEXT -> "next";
            case THROW -> "throw";
            case RETURN -> "return";
        };
        Object f = iterator.get(name);
        if (f instanceof JSFunction fn) {
            return fn;
        }
        if (mode == GeneratorObject.ResumeMode.RETURN) {
            throw new ReturnException(received);
        }
        if (mode == GeneratorObject.ResumeMode.THROW) {
            Object ret = iterator.get("return");
            if (ret instanceof JSFunction r) {
                r.call(iterator);
            }
            throw Errors.typeError("The iterator does not provide a 'throw' method", location);
        }
        throw Errors.typeError(JSRuntime.toString(f) + " is not a function", location);
    }
}
