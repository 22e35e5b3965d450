package org.minijs.interpreter.promise;

import org.minijs.interpreter.objects.JSObject;

/** PromiseCapability Record: a promise and the functions that settle it. */
public record PromiseCapability(JSObject promise, Object resolve, Object reject) {
}
