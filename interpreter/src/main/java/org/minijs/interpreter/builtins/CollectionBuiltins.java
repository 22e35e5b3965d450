package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.collections.JSMapObject;
import org.minijs.interpreter.collections.JSWeakCollection;
import org.minijs.interpreter.collections.OrderedHashMap;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.iteration.IteratorRecord;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** Map, Set, WeakMap, WeakSet (§24.1-24.4) and their iterators. */
final class CollectionBuiltins {
    private CollectionBuiltins() {
    }

    /** A Map/Set Iterator: the collection, a cursor into its live entry list, and the kind of result. */
    static final class CollectionIterator extends JSObject
            implements org.minijs.interpreter.collections.CollectionIteratorView {
        enum Kind { KEYS, VALUES, ENTRIES }

        OrderedHashMap data;
        OrderedHashMap.Entry cursor;
        final Kind kind;
        final String tag;

        CollectionIterator(JSObject prototype, OrderedHashMap data, Kind kind, String tag) {
            super(prototype);
            this.data = data;
            this.cursor = data.start();
            this.kind = kind;
            this.tag = tag;
        }

        @Override
        public String className() {
            return tag;
        }

        @Override
        public boolean isMapIterator() {
            return tag.startsWith("Map");
        }

        @Override
        public boolean yieldsEntries() {
            return kind == Kind.ENTRIES;
        }

        @Override
        public List<Object> remaining() {
            List<Object> items = new ArrayList<>();
            if (data == null) {
                return items;
            }
            boolean isSet = !isMapIterator();
            for (OrderedHashMap.Entry e = data.next(cursor); e != null; e = data.next(e)) {
                Object value = isSet ? e.key : e.value;
                switch (kind) {
                    case KEYS -> items.add(e.key);
                    case VALUES -> items.add(value);
                    case ENTRIES -> {
                        items.add(e.key);
                        items.add(value);
                    }
                }
            }
            return items;
        }
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject mapIteratorProto = iteratorPrototype(realm, in, "Map Iterator");
        JSObject setIteratorProto = iteratorPrototype(realm, in, "Set Iterator");

        JSObject mapProto = new JSObject(in.objectPrototype);
        Intrinsics.constructor(realm, in.globalObject, "Map", 0, mapProto, (t, a, nt) -> {
            requireNew(nt, "Map");
            JSMapObject map = new JSMapObject(prototypeFor(nt, mapProto), false);
            fill(realm, map, JSBuiltin.arg(a, 0), "set", true);
            return map;
        });
        tag(mapProto, "Map");
        Intrinsics.method(realm, mapProto, "get", 1, (t, a, nt) -> {
            OrderedHashMap.Entry e = map(t, "get").data.find(JSBuiltin.arg(a, 0));
            return e == null ? Undefined.INSTANCE : e.value;
        });
        Intrinsics.method(realm, mapProto, "set", 2, (t, a, nt) -> {
            map(t, "set").data.put(JSBuiltin.arg(a, 0), JSBuiltin.arg(a, 1));
            return t;
        });
        common(realm, mapProto, false);
        JSFunction mapEntries = Intrinsics.method(realm, mapProto, "entries", 0, (t, a, nt) ->
                new CollectionIterator(mapIteratorProto, map(t, "entries").data, CollectionIterator.Kind.ENTRIES, "Map Iterator"));
        Intrinsics.method(realm, mapProto, "keys", 0, (t, a, nt) ->
                new CollectionIterator(mapIteratorProto, map(t, "keys").data, CollectionIterator.Kind.KEYS, "Map Iterator"));
        Intrinsics.method(realm, mapProto, "values", 0, (t, a, nt) ->
                new CollectionIterator(mapIteratorProto, map(t, "values").data, CollectionIterator.Kind.VALUES, "Map Iterator"));
        mapProto.defineHidden(Symbol.ITERATOR, mapEntries);

        JSObject setProto = new JSObject(in.objectPrototype);
        Intrinsics.constructor(realm, in.globalObject, "Set", 0, setProto, (t, a, nt) -> {
            requireNew(nt, "Set");
            JSMapObject set = new JSMapObject(prototypeFor(nt, setProto), true);
            fill(realm, set, JSBuiltin.arg(a, 0), "add", false);
            return set;
        });
        tag(setProto, "Set");
        Intrinsics.method(realm, setProto, "add", 1, (t, a, nt) -> {
            Object v = JSBuiltin.arg(a, 0);
            if (v instanceof Double d && d == 0) {
                v = 0; // -0 is stored as +0 (Set.prototype.add step 4)
            }
            set(t, "add").data.put(v, v);
            return t;
        });
        common(realm, setProto, true);
        JSFunction setValues = Intrinsics.method(realm, setProto, "values", 0, (t, a, nt) ->
                new CollectionIterator(setIteratorProto, set(t, "values").data, CollectionIterator.Kind.VALUES, "Set Iterator"));
        setProto.defineHidden("keys", setValues);
        Intrinsics.method(realm, setProto, "entries", 0, (t, a, nt) ->
                new CollectionIterator(setIteratorProto, set(t, "entries").data, CollectionIterator.Kind.ENTRIES, "Set Iterator"));
        setProto.defineHidden(Symbol.ITERATOR, setValues);

        weak(realm, in, "WeakMap", false);
        weak(realm, in, "WeakSet", true);
    }

    /** size, has, delete, clear, forEach: shared by Map and Set. */
    private static void common(JSRealm realm, JSObject proto, boolean isSet) {
        proto.defineOwnProperty("size", PropertyCell.accessor(realm.newBuiltinFunction("get size", 0,
                (t, a, nt) -> collection(t, "size", isSet).data.size()), null, PropertyCell.CONFIGURABLE));
        Intrinsics.method(realm, proto, "has", 1, (t, a, nt) -> collection(t, "has", isSet).data.find(JSBuiltin.arg(a, 0)) != null);
        Intrinsics.method(realm, proto, "delete", 1, (t, a, nt) -> collection(t, "delete", isSet).data.remove(JSBuiltin.arg(a, 0)));
        Intrinsics.method(realm, proto, "clear", 0, (t, a, nt) -> {
            collection(t, "clear", isSet).data.clear();
            return Undefined.INSTANCE;
        });
        Intrinsics.method(realm, proto, "forEach", 1, (t, a, nt) -> {
            JSMapObject c = collection(t, "forEach", isSet);
            if (!(JSBuiltin.arg(a, 0) instanceof JSFunction f)) {
                throw Errors.typeError(JSRuntime.toString(JSBuiltin.arg(a, 0)) + " is not a function");
            }
            for (OrderedHashMap.Entry e = c.data.next(c.data.start()); e != null; e = c.data.next(e)) {
                f.call(JSBuiltin.arg(a, 1), e.value, e.key, c);
            }
            return Undefined.INSTANCE;
        });
    }

    private static JSObject iteratorPrototype(JSRealm realm, Intrinsics in, String tag) {
        JSObject proto = new JSObject(in.iteratorPrototype);
        tag(proto, tag);
        Intrinsics.method(realm, proto, "next", 0, (t, a, nt) -> {
            if (!(t instanceof CollectionIterator it) || !it.tag.equals(tag)) {
                throw Errors.typeError("next method called on incompatible receiver " + JSRuntime.typeof(t));
            }
            if (it.data == null) {
                return IteratorBuiltins.result(realm, Undefined.INSTANCE, true);
            }
            OrderedHashMap.Entry e = it.data.next(it.cursor);
            if (e == null) {
                it.data = null;
                return IteratorBuiltins.result(realm, Undefined.INSTANCE, true);
            }
            it.cursor = e;
            Object value = switch (it.kind) {
                case KEYS -> e.key;
                case VALUES -> e.value;
                case ENTRIES -> {
                    List<Object> pair = new ArrayList<>(2);
                    pair.add(e.key);
                    pair.add(e.value);
                    yield new JSArray(realm.arrayPrototype(), pair);
                }
            };
            return IteratorBuiltins.result(realm, value, false);
        });
        return proto;
    }

    private static void weak(JSRealm realm, Intrinsics in, String name, boolean isSet) {
        JSObject proto = new JSObject(in.objectPrototype);
        Intrinsics.constructor(realm, in.globalObject, name, 0, proto, (t, a, nt) -> {
            requireNew(nt, name);
            JSWeakCollection c = new JSWeakCollection(prototypeFor(nt, proto), isSet);
            fill(realm, c, JSBuiltin.arg(a, 0), isSet ? "add" : "set", !isSet);
            return c;
        });
        tag(proto, name);
        if (isSet) {
            Intrinsics.method(realm, proto, "add", 1, (t, a, nt) -> {
                weakSelf(t, name).data.put(weakKey(JSBuiltin.arg(a, 0), "Invalid value used in weak set"), Boolean.TRUE);
                return t;
            });
        } else {
            Intrinsics.method(realm, proto, "set", 2, (t, a, nt) -> {
                weakSelf(t, name).data.put(weakKey(JSBuiltin.arg(a, 0), "Invalid value used as weak map key"),
                        JSBuiltin.arg(a, 1));
                return t;
            });
            Intrinsics.method(realm, proto, "get", 1, (t, a, nt) -> {
                Object v = weakSelf(t, name).data.get(JSBuiltin.arg(a, 0));
                return v == null ? Undefined.INSTANCE : v;
            });
        }
        Intrinsics.method(realm, proto, "has", 1, (t, a, nt) -> weakSelf(t, name).data.containsKey(JSBuiltin.arg(a, 0)));
        Intrinsics.method(realm, proto, "delete", 1, (t, a, nt) -> weakSelf(t, name).data.remove(JSBuiltin.arg(a, 0)) != null);
    }

    private static Object weakKey(Object key, String message) {
        if (!(key instanceof JSObject) && !(key instanceof Symbol)) {
            throw Errors.typeError(message);
        }
        return key;
    }

    /** The constructor's iterable argument, added through the (possibly user-replaced) adder method. */
    private static void fill(JSRealm realm, JSObject target, Object iterable, String adderName, boolean entries) {
        if (JSRuntime.isNullish(iterable)) {
            return;
        }
        Object adder = target.get(adderName);
        if (!(adder instanceof JSFunction add)) {
            throw Errors.typeError("'" + JSRuntime.toString(adder) + "' returned for property '" + adderName
                    + "' of object '#<" + target.className() + ">' is not a function");
        }
        IteratorRecord it = IteratorRecord.of(realm, iterable);
        for (Object v = it.stepValue(); v != null; v = it.stepValue()) {
            if (entries) {
                if (!(v instanceof JSObject entry)) {
                    it.close();
                    throw Errors.typeError("Iterator value " + JSRuntime.toString(v) + " is not an entry object");
                }
                add.call(target, entry.get("0"), entry.get("1"));
            } else {
                add.call(target, v);
            }
        }
    }

    private static void tag(JSObject proto, String name) {
        proto.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data(name, PropertyCell.CONFIGURABLE));
    }

    private static void requireNew(Object newTarget, String name) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError("Constructor " + name + " requires 'new'");
        }
    }

    private static JSObject prototypeFor(Object newTarget, JSObject fallback) {
        return newTarget instanceof JSObject nt && nt.get("prototype") instanceof JSObject p ? p : fallback;
    }

    private static JSMapObject collection(Object t, String method, boolean isSet) {
        if (t instanceof JSMapObject m && m.isSet() == isSet) {
            return m;
        }
        throw Errors.typeError("Method " + (isSet ? "Set" : "Map") + ".prototype." + method
                + " called on incompatible receiver " + JSRuntime.typeof(t));
    }

    private static JSMapObject map(Object t, String method) {
        return collection(t, method, false);
    }

    private static JSMapObject set(Object t, String method) {
        return collection(t, method, true);
    }

    private static JSWeakCollection weakSelf(Object t, String name) {
        if (t instanceof JSWeakCollection w) {
            return w;
        }
        throw Errors.typeError("Method " + name + ".prototype method called on incompatible receiver");
    }
}
