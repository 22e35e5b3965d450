package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.variables.EnvLocatorNode;
import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.objects.FunctionData;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.Null;

/**
 * Evaluating a function literal (InstantiateOrdinaryFunctionObject and friends): a new closure over the
 * current environment; arrows also capture this. Ordinary functions get their own prototype object.
 */
public final class FunctionLiteralNode extends JSNode {
    private final FunctionData data;
    @Child private EnvLocatorNode closure;
    @Child private JSNode lexicalThis; // arrows only

    public FunctionLiteralNode(FunctionData data, EnvLocatorNode closure, JSNode lexicalThis) {
        this.data = data;
        this.closure = closure;
        this.lexicalThis = lexicalThis;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Environment env = closure.execute(frame);
        Object thisValue = lexicalThis == null ? null : lexicalThis.execute(frame);
        JSFunction f = create(JSRealm.get(this), env, thisValue);
        if (data.isArrow()) {
            // super and new.target are lexical in arrows, like this
            JSFunction creator = org.minijs.interpreter.nodes.Arguments.callee(frame);
            f.setHomeObject(creator.homeObject());
            f.setLexicalNewTarget(creator.data().isArrow() ? creator.lexicalNewTarget()
                    : org.minijs.interpreter.nodes.Arguments.newTarget(frame));
        }
        return f;
    }

    @TruffleBoundary
    private JSFunction create(JSRealm realm, Environment env, Object thisValue) {
        JSFunction f = new JSFunction(realm.functionPrototypeFor(data.kind), data, env, thisValue);
        f.defineOwnProperty("length", PropertyCell.data(data.length, PropertyCell.CONFIGURABLE));
        f.defineOwnProperty("name", PropertyCell.data(data.name, PropertyCell.CONFIGURABLE));
        if (data.kind == FunctionData.Kind.NORMAL && !data.strict) {
            // V8 gives sloppy functions own "arguments" and "caller" (null here: minijs does not track the
            // running activation), so reading them is not the strict-mode TypeError of Function.prototype's
            f.defineOwnProperty("arguments", PropertyCell.data(Null.INSTANCE, 0));
            f.defineOwnProperty("caller", PropertyCell.data(Null.INSTANCE, 0));
        }
        if (data.kind == FunctionData.Kind.NORMAL) {
            JSObject prototype = realm.newObject();
            prototype.defineHidden("constructor", f);
            f.defineOwnProperty("prototype", PropertyCell.data(prototype, PropertyCell.WRITABLE));
        } else if (data.kind == FunctionData.Kind.GENERATOR || data.kind == FunctionData.Kind.ASYNC_GENERATOR) {
            JSObject parent = data.kind == FunctionData.Kind.GENERATOR ? realm.generatorPrototype()
                    : realm.asyncGeneratorPrototype();
            f.defineOwnProperty("prototype", PropertyCell.data(new JSObject(parent), PropertyCell.WRITABLE));
        }
        return f;
    }
}
