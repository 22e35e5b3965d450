package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** %IteratorPrototype% and %ArrayIteratorPrototype% (§27.1.2, §23.1.5). */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    /** An Array Iterator instance: [[IteratedArrayLike]], [[ArrayLikeNextIndex]], [[ArrayLikeIterationKind]]. */
    static final class ArrayIterator extends JSObject {
        enum Kind { KEYS, VALUES, ENTRIES }

        JSObject iterated;
        int nextIndex;
        final Kind kind;

        ArrayIterator(JSObject prototype, JSObject iterated, Kind kind) {
            super(prototype);
            this.iterated = iterated;
            this.kind = kind;
        }

        @Override
        public String className() {
            return "Array Iterator";
        }
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject iteratorPrototype = new JSObject(in.objectPrototype);
        iteratorPrototype.defineHidden(Symbol.ITERATOR, realm.newBuiltinFunction("[Symbol.iterator]", 0, (t, a, nt) -> t));
        in.iteratorPrototype = iteratorPrototype;
        JSObject arrayIteratorPrototype = new JSObject(iteratorPrototype);
        in.arrayIteratorPrototype = arrayIteratorPrototype;
        in.arrayIteratorNext = Intrinsics.method(realm, arrayIteratorPrototype, "next", 0, (t, a, nt) -> {
            if (!(t instanceof ArrayIterator it)) {
                throw Errors.typeError("next method called on incompatible receiver " + JSRuntime.typeof(t));
            }
            return next(realm, it);
        });
        arrayIteratorPrototype.defineOwnProperty(Symbol.TO_STRING_TAG,
                PropertyCell.data("Array Iterator", PropertyCell.CONFIGURABLE));
        // %StringIteratorPrototype%: the same iteration over the string's code points, its own next and tag
        JSObject stringIteratorPrototype = new JSObject(iteratorPrototype);
        in.stringIteratorPrototype = stringIteratorPrototype;
        Intrinsics.method(realm, stringIteratorPrototype, "next", 0, (t, a, nt) -> {
            if (!(t instanceof ArrayIterator it) || it.getPrototypeOf() != stringIteratorPrototype) {
                throw Errors.typeError("next method called on incompatible receiver " + JSRuntime.typeof(t));
            }
            return next(realm, it);
        });
        stringIteratorPrototype.defineOwnProperty(Symbol.TO_STRING_TAG,
                PropertyCell.data("String Iterator", PropertyCell.CONFIGURABLE));
    }

    /** CreateStringIterator, over the code points already split out of the string. */
    static JSObject createStringIterator(Intrinsics in, JSArray codePoints) {
        return new ArrayIterator(in.stringIteratorPrototype, codePoints, ArrayIterator.Kind.VALUES);
    }

    static JSObject create(JSRealm realm, Intrinsics in, JSObject iterated, ArrayIterator.Kind kind) {
        return new ArrayIterator(in.arrayIteratorPrototype, iterated, kind);
    }

    private static JSObject next(JSRealm realm, ArrayIterator it) {
        if (it.iterated == null) {
            return result(realm, Undefined.INSTANCE, true);
        }
        int length = it.iterated instanceof JSArray a ? a.length()
                : (int) JSRuntime.toIntegerOrInfinity(it.iterated.get("length"));
        int index = it.nextIndex;
        if (index >= length) {
            it.iterated = null;
            return result(realm, Undefined.INSTANCE, true);
        }
        it.nextIndex++;
        Object value = switch (it.kind) {
            case KEYS -> index;
            case VALUES -> it.iterated.get(Integer.toString(index));
            case ENTRIES -> {
                List<Object> pair = new ArrayList<>(2);
                pair.add(index);
                pair.add(it.iterated.get(Integer.toString(index)));
                yield new JSArray(realm.arrayPrototype(), pair);
            }
        };
        return result(realm, value, false);
    }

    /** CreateIterResultObject. */
    public static JSObject result(JSRealm realm, Object value, boolean done) {
        JSObject r = realm.newObject();
        r.set("value", value);
        r.set("done", done);
        return r;
    }
}
