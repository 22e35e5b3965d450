package org.minijs.interpreter.promise;

/**
 * PromiseReaction Record: the capability to settle (null for await's internal reactions), whether it runs on
 * fulfillment or rejection, and the handler: a JSFunction, an {@link InternalHandler}, or null (pass through).
 */
public record PromiseReaction(PromiseCapability capability, Type type, Object handler) {
    public enum Type { FULFILL, REJECT }
}
