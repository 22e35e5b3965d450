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
    public final JSObject stringPrototype;
    public final JSObject numberPrototype;
    public final JSObject booleanPrototype;
    public final JSObject symbolPrototype;
    public final JSObject promisePrototype;
    public JSObject promiseConstructor;
    public final JSObject errorPrototype;
    public final JSObject typeErrorPrototype;
    public final JSObject rangeErrorPrototype;
    public final JSObject referenceErrorPrototype;
    public final JSObject syntaxErrorPrototype;
    public final JSObject aggregateErrorPrototype;
    public final JSObject globalObject;
    /** %Array.prototype.values%, to recognise arrays whose iteration is unobservable. */
    public JSFunction arrayValues;
    /** %ArrayIteratorPrototype% and its original next, for the same purpose. */
    public JSObject arrayIteratorPrototype;
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
        functionPrototype = new JSObject(objectPrototype);
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
        globalObject = new JSObject(objectPrototype);
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
        ErrorBuiltins.install(realm, this);
        PromiseBuiltins.install(realm, this);
        CollectionBuiltins.install(realm, this);
        DateBuiltins.install(realm, this);
        RegExpBuiltins.install(realm, this);
        GlobalBuiltins.install(realm, this);
    }

    public boolean arrayIteratorNextIsPristine() {
        return arrayIteratorPrototype.getOwnProperty("next") != null
                && arrayIteratorPrototype.getOwnProperty("next").value == arrayIteratorNext;
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
        c.defineOwnProperty("prototype", PropertyCell.data(prototype, 0));
        prototype.defineHidden("constructor", c);
        global.defineHidden(name, c);
        return c;
    }
}
