package org.minijs.interpreter.collections;

import org.minijs.interpreter.objects.JSObject;

/** A Map or Set instance: [[MapData]] / [[SetData]] (a Set stores each value as key with value == key). */
public final class JSMapObject extends JSObject {
    public final OrderedHashMap data = new OrderedHashMap();
    private final boolean isSet;

    public JSMapObject(JSObject prototype, boolean isSet) {
        super(prototype);
        this.isSet = isSet;
    }

    public boolean isSet() {
        return isSet;
    }

    @Override
    public String className() {
        return isSet ? "Set" : "Map";
    }
}
