package org.minijs.interpreter.promise;

/**
 * A reaction handler written in Java rather than JavaScript: the spec's abstract closures, such as the
 * onFulfilled/onRejected steps that Await creates to resume an async function.
 */
@FunctionalInterface
public interface InternalHandler {
    Object handle(Object argument);
}
