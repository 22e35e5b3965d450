package org.minijs.runtime.console;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;

import java.util.function.Function;

/** node's getConstructorName and getPrefix: the "Foo" of "Foo { x: 1 }" and the "[Object: null prototype]". */
final class ConstructorNames {
    private ConstructorNames() {
    }

    /**
     * Walks the prototype chain for the first own "constructor" that is a named function of which the value
     * is an instance. Null for an object whose chain ends without one directly (a null-prototype object);
     * "Name <Proto>" when only a deeper prototype lacks one.
     */
    static String of(JSObject value, Function<JSObject, String> inspectPrototype) {
        JSObject firstProto = null;
        boolean first = true;
        JSRealm realm = JSRealm.get(null);
        for (JSObject obj = value; obj != null; ) {
            String wellKnown = wellKnownPrototype(realm, obj);
            if (wellKnown != null && obj != value) {
                return wellKnown;
            }
            PropertyCell descriptor = obj.getOwnProperty("constructor");
            if (descriptor != null && !descriptor.accessor && descriptor.value instanceof JSFunction ctor
                    && !nameOf(ctor).isEmpty() && isInstance(value, ctor)) {
                return nameOf(ctor);
            }
            obj = obj.getPrototypeOf();
            if (first) {
                firstProto = obj;
                first = false;
            }
        }
        if (firstProto == null) {
            return null;
        }
        String res = value.className();
        String protoConstructor = of(firstProto, inspectPrototype);
        if (protoConstructor == null) {
            return res + " <" + inspectPrototype.apply(firstProto) + ">";
        }
        return res + " <" + protoConstructor + ">";
    }

    /**
     * node's wellKnownPrototypes: the intrinsic prototypes name their kind even when their "constructor" is
     * tampered with (or, here, when the engine has no such constructor yet, as for Function).
     */
    private static String wellKnownPrototype(JSRealm realm, JSObject obj) {
        if (obj == realm.arrayPrototype()) {
            return "Array";
        }
        if (obj == realm.functionPrototype()) {
            return "Function";
        }
        if (obj == realm.objectPrototype()) {
            return "Object";
        }
        return null;
    }

    private static String nameOf(JSFunction f) {
        Object name = f.get("name");
        return name instanceof String s ? s : "";
    }

    /** OrdinaryHasInstance: ctor.prototype is on the value's prototype chain (not the value itself). */
    private static boolean isInstance(JSObject value, JSFunction ctor) {
        Object proto = ctor.get("prototype");
        if (!(proto instanceof JSObject p)) {
            return false;
        }
        for (JSObject o = value.getPrototypeOf(); o != null; o = o.getPrototypeOf()) {
            if (o == p) {
                return true;
            }
        }
        return false;
    }

    /** getPrefix: "Foo ", "Foo(2) ", "Foo [tag] ", or "[fallback: null prototype] ". */
    static String prefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) {
                return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            }
            return "[" + fallback + size + ": null prototype] ";
        }
        if (!tag.isEmpty() && !constructor.equals(tag)) {
            return constructor + size + " [" + tag + "] ";
        }
        return constructor + size + " ";
    }

}
