package org.minijs.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.nodes.functions.SpreadNode;
import org.minijs.interpreter.nodes.variables.TemporalDeadZone;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** {@code super(...)}, {@code super.x}, {@code new.target}. */
public final class SuperNodes {
    private SuperNodes() {
    }

    /** The object super property lookups start from: [[HomeObject]].[[GetPrototypeOf]](). */
    public static JSObject superBase(VirtualFrame frame, JSNode location) {
        JSObject home = Arguments.callee(frame).homeObject();
        if (home == null) {
            throw Errors.syntaxError("'super' keyword unexpected here", location);
        }
        return home.getPrototypeOf();
    }

    /** {@code super.name} / {@code super[key]}: looked up on the home object's prototype, this as receiver. */
    public static final class SuperPropertyNode extends JSNode {
        @Child private JSNode thisValue;
        @Child private JSNode key;

        public SuperPropertyNode(JSNode thisValue, JSNode key) {
            this.thisValue = thisValue;
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object receiver = thisValue.execute(frame);
            Object k = JSRuntime.toPropertyKey(key.execute(frame));
            JSObject base = superBase(frame, this);
            return base == null ? Undefined.INSTANCE : base.get(k, receiver);
        }
    }

    /** {@code super.name = value}: [[Set]] on the home object's prototype with this as the receiver. */
    public static final class SuperPropertySetNode extends JSNode {
        @Child private JSNode thisValue;
        @Child private JSNode key;
        @Child private JSNode value;

        public SuperPropertySetNode(JSNode thisValue, JSNode key, JSNode value) {
            this.thisValue = thisValue;
            this.key = key;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object receiver = thisValue.execute(frame);
            Object k = JSRuntime.toPropertyKey(key.execute(frame));
            Object v = value.execute(frame);
            JSObject base = superBase(frame, this);
            if (base != null) {
                base.set(k, v, receiver);
            } else if (receiver instanceof JSObject r) {
                r.set(k, v);
            }
            return v;
        }
    }

    /**
     * SuperCall: constructs the parent constructor with this function's new.target, binds this (once), then
     * runs InitializeInstanceElements for this class's fields.
     */
    public static final class SuperCallNode extends JSNode {
        @Child private OperandsNode arguments;
        private final boolean spread;
        private final int thisSlot;

        public SuperCallNode(OperandsNode arguments, boolean spread, int thisSlot) {
            this.arguments = arguments;
            this.spread = spread;
            this.thisSlot = thisSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            JSFunction active = Arguments.callee(frame);
            JSObject parent = active.getPrototypeOf();
            Object[] argv = arguments.executeValues(frame);
            if (spread) {
                argv = SpreadNode.flatten(argv);
            }
            if (!(parent instanceof JSFunction p) || !p.isConstructor()) {
                throw Errors.typeError("Super constructor " + JSRuntime.toString(parent == null ? "null" : parent)
                        + " of anonymous class is not a constructor", this);
            }
            Object newTarget = Arguments.newTarget(frame);
            Object result;
            Node previous = org.minijs.interpreter.nodes.CallSites.enter(this); // the caller frame's position
            try {
                result = p.construct(argv, (JSObject) newTarget);
            } finally {
                org.minijs.interpreter.nodes.CallSites.exit(previous);
            }
            if (frame.getObject(thisSlot) != TemporalDeadZone.UNINITIALIZED) {
                throw Errors.referenceError("Super constructor may only be called once", this);
            }
            frame.setObject(thisSlot, result);
            active.initializeInstanceElements((JSObject) result);
            return Undefined.INSTANCE;
        }
    }

    public static final class NewTargetNode extends JSNode {
        @Override
        public Object execute(VirtualFrame frame) {
            JSFunction callee = Arguments.callee(frame);
            return callee.data().isArrow() ? callee.lexicalNewTarget() : Arguments.newTarget(frame);
        }
    }
}
