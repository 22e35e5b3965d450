package org.minijs.interpreter.collections;

import org.minijs.interpreter.objects.JSObject;

import java.util.WeakHashMap;

/**
 * A WeakMap or WeakSet: keys are held weakly (JSObject keeps identity equality, so a WeakHashMap gives the
 * spec's semantics); entries vanish when the key object is collected.
 */
public final class JSWeakCollection extends JSObject {
    public final WeakHashMap<Object, Object> data = new WeakHashMap<>();
    private final boolean isSet;

    public JSWeakCollection(JSObject prototype, boolean isSet) {
        super(prototype);
        this.isSet = isSet;
    }

    @Override
    public String className() {
        return isSet ? "WeakSet" : "WeakMap";
    }
}
