package org.minijs.interpreter.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PrivateName;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * ClassDefinitionEvaluation (§15.7.14): the prototype and constructor objects, methods and accessors defined
 * in order, instance fields recorded on the constructor, then the class binding initialized and the static
 * fields and blocks run with this = the constructor.
 */
public final class ClassDefinitionNode extends JSNode {
    @Child private JSNode scopeEntry;   // the class scope's bindings and its fresh private names
    @Child private JSNode superClass;   // null without extends
    @Child private JSNode constructor;  // creates the constructor function F
    @Children private final ClassElementNode[] elements;
    @Child private JSNode bindClassName; // initializes the inner class-name binding from classSlot; may be null
    private final int classSlot;
    private final String name;

    public ClassDefinitionNode(JSNode scopeEntry, JSNode superClass, JSNode constructor, ClassElementNode[] elements,
                               JSNode bindClassName, int classSlot, String name) {
        this.scopeEntry = scopeEntry;
        this.superClass = superClass;
        this.constructor = constructor;
        this.elements = elements;
        this.bindClassName = bindClassName;
        this.classSlot = classSlot;
        this.name = name;
    }

    private record Pending(ClassElementNode element, Object key, JSFunction function) { }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        JSRealm realm = JSRealm.get(this);
        scopeEntry.execute(frame);
        JSObject protoParent = realm.objectPrototype();
        JSObject constructorParent = realm.functionPrototype();
        if (superClass != null) {
            Object parent = superClass.execute(frame);
            if (parent == Null.INSTANCE) {
                protoParent = null;
            } else if (parent instanceof JSFunction p && p.isConstructor()) {
                Object pp = p.get("prototype");
                if (pp != Null.INSTANCE && !(pp instanceof JSObject)) {
                    throw Errors.typeError("Class extends value does not have valid prototype property "
                            + JSRuntime.toString(pp), this);
                }
                protoParent = pp instanceof JSObject o ? o : null;
                constructorParent = p;
            } else {
                throw Errors.typeError("Class extends value " + describe(parent) + " is not a constructor or null", this);
            }
        }
        JSObject prototype = new JSObject(protoParent);
        JSFunction f = (JSFunction) constructor.execute(frame);
        f.setPrototypeOf(constructorParent);
        f.setHomeObject(prototype);
        f.defineOwnProperty("prototype", PropertyCell.data(prototype, 0));
        prototype.defineHidden("constructor", f);

        List<Pending> instanceFields = new ArrayList<>();
        List<Pending> staticElements = new ArrayList<>();
        List<Pending> instancePrivateMethods = new ArrayList<>();
        for (ClassElementNode element : elements) {
            Object key = element.key == null ? null : element.key.execute(frame);
            if (key != null && !(key instanceof PrivateName)) {
                key = JSRuntime.toPropertyKey(key);
            }
            JSFunction function = (JSFunction) element.function.execute(frame);
            JSObject home = element.isStatic ? f : prototype;
            function.setHomeObject(home);
            Pending p = new Pending(element, key, function);
            switch (element.kind) {
                case FIELD -> (element.isStatic ? staticElements : instanceFields).add(p);
                case STATIC_BLOCK -> staticElements.add(p);
                default -> {
                    setName(function, key, element.kind);
                    if (element.isPrivate && !element.isStatic) {
                        instancePrivateMethods.add(p);
                    } else {
                        define(home, p);
                    }
                }
            }
        }
        frame.setObject(classSlot, f);
        if (bindClassName != null) {
            bindClassName.execute(frame);
        }
        f.setPrivateMethods(privateMethods(instancePrivateMethods));
        f.setFields(fields(instanceFields));
        for (Pending p : staticElements) {
            if (p.element.kind == ClassElementNode.Kind.STATIC_BLOCK) {
                p.function.call(f);
            } else {
                Object value = p.function.call(f);
                if (p.key instanceof PrivateName n) {
                    f.privateAdd(n, value);
                } else {
                    f.defineOwnProperty(p.key, PropertyCell.data(value, PropertyCell.ALL));
                }
            }
        }
        return f;
    }

    @TruffleBoundary
    private static List<JSFunction.ClassField> fields(List<Pending> pending) {
        List<JSFunction.ClassField> fields = new ArrayList<>();
        for (Pending p : pending) {
            fields.add(new JSFunction.ClassField(p.key, p.function));
        }
        return fields;
    }

    /** Private methods and accessors of instances, merged per name (a getter and a setter share one element). */
    @TruffleBoundary
    private static List<JSFunction.PrivateMethod> privateMethods(List<Pending> pending) {
        List<JSFunction.PrivateMethod> methods = new ArrayList<>();
        for (Pending p : pending) {
            PrivateName name = (PrivateName) p.key;
            JSFunction.PrivateMethod existing = null;
            for (JSFunction.PrivateMethod m : methods) {
                if (m.name() == name) {
                    existing = m;
                }
            }
            PropertyCell cell = cellFor(p, existing == null ? null : existing.cell());
            if (existing != null) {
                methods.remove(existing);
            }
            methods.add(new JSFunction.PrivateMethod(name, cell));
        }
        return methods;
    }

    private static PropertyCell cellFor(Pending p, PropertyCell existing) {
        return switch (p.element.kind) {
            case GETTER -> PropertyCell.accessor(p.function, existing != null && existing.accessor ? existing.setter : null,
                    PropertyCell.CONFIGURABLE);
            case SETTER -> PropertyCell.accessor(existing != null && existing.accessor ? existing.getter : null, p.function,
                    PropertyCell.CONFIGURABLE);
            default -> PropertyCell.data(p.function, 0);
        };
    }

    /** Methods are non-enumerable; a getter and a setter of one name share one accessor property. */
    @TruffleBoundary
    private static void define(JSObject home, Pending p) {
        if (p.key instanceof PrivateName name) {
            PropertyCell existing = home.privateFind(name);
            if (existing != null) {
                PropertyCell merged = cellFor(p, existing);
                existing.getter = merged.getter;
                existing.setter = merged.setter;
            } else {
                home.privateAdd(name, cellFor(p, null));
            }
            return;
        }
        PropertyCell existing = home.getOwnProperty(p.key);
        switch (p.element.kind) {
            case GETTER -> home.defineOwnProperty(p.key, PropertyCell.accessor(p.function,
                    existing != null && existing.accessor ? existing.setter : null, PropertyCell.CONFIGURABLE));
            case SETTER -> home.defineOwnProperty(p.key, PropertyCell.accessor(
                    existing != null && existing.accessor ? existing.getter : null, p.function, PropertyCell.CONFIGURABLE));
            default -> home.defineOwnProperty(p.key, PropertyCell.data(p.function, PropertyCell.HIDDEN));
        }
    }

    /** SetFunctionName: "m", "[desc]" for symbols, "#m" for private names, with "get "/"set " prefixes. */
    @TruffleBoundary
    private static void setName(JSFunction f, Object key, ClassElementNode.Kind kind) {
        String base = key instanceof Symbol s ? (s.description() == null ? "" : "[" + s.description() + "]")
                : key instanceof PrivateName n ? n.description() : JSRuntime.toString(key);
        String prefix = kind == ClassElementNode.Kind.GETTER ? "get " : kind == ClassElementNode.Kind.SETTER ? "set " : "";
        f.defineOwnProperty("name", PropertyCell.data(prefix + base, PropertyCell.CONFIGURABLE));
    }

    private static String describe(Object v) {
        if (v instanceof JSObject) {
            return v instanceof JSFunction fn ? fn.name() : "#<Object>";
        }
        return v == Undefined.INSTANCE ? "undefined" : JSRuntime.toString(v);
    }

    public String className() {
        return name;
    }
}
