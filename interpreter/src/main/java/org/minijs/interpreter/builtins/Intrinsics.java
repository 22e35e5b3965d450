package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;

/**
 * The well-known intrinsic objects of a realm (%Object.prototype%, %Promise% ...) and the global object.
 * Creation order matters only for the prototypes; each built-in family installs itself from its own class.
 */
public final class Intrinsics {
    public final JSObject objectPrototype;
    public final JSObject functionPrototype;
    public final JSObject arrayPrototype;
    /** The arrays Array.prototype.join is joining right now: a cycle joins as "" instead of recursing forever. */
    final java.util.Set<JSObject> joinStack = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** %Array%, which ArraySpeciesCreate recognises as "make a plain array". */
    public JSFunction arrayConstructor;
    public final JSObject stringPrototype;
    public final JSObject numberPrototype;
    public final JSObject booleanPrototype;
    public final JSObject symbolPrototype;
    public final JSObject promisePrototype;
    public JSObject promiseConstructor;
    public final JSObject errorPrototype;
    /** The intrinsic %Error%: where V8 reads Error.stackTraceLimit, whatever the global "Error" is now. */
    public JSFunction errorConstructor;
    public final JSObject typeErrorPrototype;
    public final JSObject rangeErrorPrototype;
    public final JSObject referenceErrorPrototype;
    public final JSObject syntaxErrorPrototype;
    public final JSObject aggregateErrorPrototype;
    public final JSObject evalErrorPrototype;
    public final JSObject uriErrorPrototype;
    public final JSObject globalObject;
    /** %Array.prototype.values%, to recognise arrays whose iteration is unobservable. */
    public JSFunction arrayValues;
    /** %RegExp.prototype.exec%: RegExpExec calls a program's own exec only when it is another function. */
    public JSFunction regExpExec;
    /** %ArrayIteratorPrototype% and its original next, for the same purpose. */
    public JSObject arrayIteratorPrototype;
    public JSObject stringIteratorPrototype;
    public JSObject iteratorPrototype;
    public JSObject generatorPrototype;
    public JSObject asyncIteratorPrototype;
    public JSObject asyncGeneratorPrototype;
    public final JSObject regExpPrototype;
    /** %AsyncFunction.prototype%, %GeneratorFunction.prototype%, %AsyncGeneratorFunction.prototype%. */
    public final JSObject asyncFunctionPrototype;
    public final JSObject generatorFunctionPrototype;
    public final JSObject asyncGeneratorFunctionPrototype;
    public JSFunction arrayIteratorNext;

    public Intrinsics(JSRealm realm) {
        objectPrototype = new JSObject(null);
        // %Function.prototype% is itself a function (typeof is "function") that accepts any arguments and
        // returns undefined; it has no [[Construct]].
        functionPrototype = new JSFunction(objectPrototype, new org.minijs.interpreter.objects.FunctionData("", 0,
                org.minijs.interpreter.objects.FunctionData.Kind.BUILTIN, true,
                new BuiltinRootNode(realm.language()).getCallTarget()), null, null,
                (t, args, nt) -> org.minijs.interpreter.values.Undefined.INSTANCE);
        arrayPrototype = new org.minijs.interpreter.objects.JSArray(objectPrototype, java.util.List.of());
        stringPrototype = new JSObject(objectPrototype);
        numberPrototype = new JSObject(objectPrototype);
        booleanPrototype = new JSObject(objectPrototype);
        symbolPrototype = new JSObject(objectPrototype);
        promisePrototype = new JSObject(objectPrototype);
        errorPrototype = new JSObject(objectPrototype);
        typeErrorPrototype = new JSObject(errorPrototype);
        rangeErrorPrototype = new JSObject(errorPrototype);
        referenceErrorPrototype = new JSObject(errorPrototype);
        syntaxErrorPrototype = new JSObject(errorPrototype);
        aggregateErrorPrototype = new JSObject(errorPrototype);
        evalErrorPrototype = new JSObject(errorPrototype);
        uriErrorPrototype = new JSObject(errorPrototype);
        globalObject = new org.minijs.interpreter.objects.GlobalObject(objectPrototype);
        regExpPrototype = new JSObject(objectPrototype);
        asyncFunctionPrototype = new JSObject(functionPrototype);
        generatorFunctionPrototype = new JSObject(functionPrototype);
        asyncGeneratorFunctionPrototype = new JSObject(functionPrototype);
    }

    /** Second phase: built-in functions need the realm's function machinery, so they come after the prototypes. */
    public void install(JSRealm realm) {
        globalObject.defineHidden("globalThis", globalObject);
        ObjectBuiltins.install(realm, this);
        FunctionBuiltins.install(realm, this);
        IteratorBuiltins.install(realm, this);
        GeneratorBuiltins.install(realm, this);
        FunctionBuiltins.installFunctionKinds(realm, this);
        ArrayBuiltins.install(realm, this);
        StringBuiltins.install(realm, this);
        NumberBuiltins.install(realm, this);
        BooleanBuiltins.install(realm, this);
        SymbolBuiltins.install(realm, this);
        MathBuiltins.install(realm, this);
        ErrorBuiltins.install(realm, this);
        PromiseBuiltins.install(realm, this);
        CollectionBuiltins.install(realm, this);
        DateBuiltins.install(realm, this);
        RegExpBuiltins.install(realm, this);
        GlobalBuiltins.install(realm, this);
        ReflectBuiltins.install(realm, this);
        PropertyOrder.apply(globalObject);
    }

    public boolean arrayIteratorNextIsPristine() {
        return arrayIteratorPrototype.getOwnProperty("next") != null
                && arrayIteratorPrototype.getOwnProperty("next").value == arrayIteratorNext;
    }

    /**
     * GetPrototypeFromConstructor(newTarget, fallback): what a built-in constructor called through new (or
     * super()) uses as the new object's [[Prototype]].
     */
    static JSObject prototypeFromConstructor(Object newTarget, JSObject fallback) {
        return newTarget instanceof JSObject nt && nt.get("prototype") instanceof JSObject p ? p : fallback;
    }

    /** Defines a built-in method (non-enumerable) on {@code target}. */
    static JSFunction method(JSRealm realm, JSObject target, String name, int length, JSBuiltin behaviour) {
        JSFunction f = realm.newBuiltinFunction(name, length, behaviour);
        target.defineHidden(name, f);
        return f;
    }

    /** A constructor wired to its prototype both ways, installed as a global. */
    static JSFunction constructor(JSRealm realm, JSObject global, String name, int length, JSObject prototype,
                                  JSBuiltin behaviour) {
        JSFunction c = realm.newBuiltinFunction(name, length, behaviour);
        c.makeConstructor();
        c.defineOwnProperty("prototype", PropertyCell.data(prototype, 0));
        prototype.defineHidden("constructor", c);
        global.defineHidden(name, c);
        return c;
    }
}
