package org.minijs.interpreter.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PrivateName;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;

/** PrivateGet, PrivateSet and {@code #x in o} (§7.3.31-7.3.32). */
public final class PrivateNodes {
    private PrivateNodes() {
    }

    static PropertyCell find(Object target, PrivateName name, String verb, JSNode location) {
        PropertyCell cell = target instanceof JSObject o ? o.privateFind(name) : null;
        if (cell == null && JSRuntime.isNullish(target)) {
            // as for any property of undefined or null (V8's wording)
            boolean read = verb.equals("read");
            throw Errors.typeError("Cannot " + (read ? "read" : "set") + " properties of " + JSRuntime.toString(target)
                    + " (" + (read ? "reading" : "setting") + " '" + name.description() + "')", location);
        }
        if (cell == null && name.brandCheckMessage() != null) {
            throw Errors.typeError(name.brandCheckMessage(), location);
        }
        if (cell == null) {
            throw Errors.typeError("Cannot " + verb + " private member " + name.description()
                    + " " + (verb.equals("read") ? "from" : "to") + " an object whose class did not declare it", location);
        }
        return cell;
    }

    public static Object get(Object target, PrivateName name, JSNode location) {
        PropertyCell cell = find(target, name, "read", location);
        if (cell.accessor) {
            if (!(cell.getter instanceof JSFunction g)) {
                throw Errors.typeError("'" + name.description() + "' was defined without a getter", location);
            }
            return g.call(target);
        }
        return cell.value;
    }

    public static void set(Object target, PrivateName name, Object value, JSNode location) {
        PropertyCell cell = find(target, name, "write", location);
        if (cell.accessor) {
            if (!(cell.setter instanceof JSFunction s)) {
                throw Errors.typeError("'" + name.description() + "' was defined without a setter", location);
            }
            s.call(target, value);
        } else if (!cell.writable()) {
            throw Errors.typeError("Private method '" + name.description() + "' is not writable", location);
        } else {
            cell.value = value;
        }
    }

    /** {@code object.#name}. */
    public static final class GetNode extends JSNode {
        @Child private JSNode object;
        @Child private JSNode name;
        private final boolean optional; // object?.#name: a nullish object short-circuits the chain

        public GetNode(JSNode object, JSNode name, boolean optional) {
            this.object = object;
            this.name = name;
            this.optional = optional;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object target = object.execute(frame);
            if (optional && JSRuntime.isNullish(target)) {
                throw org.minijs.interpreter.nodes.functions.OptionalChainNode.ShortCircuit.INSTANCE;
            }
            return get(target, (PrivateName) name.execute(frame), this);
        }
    }

    /** {@code object.#name = value} (and compound forms when {@code value} reads the old value itself). */
    public static final class SetNode extends JSNode {
        @Child private JSNode object;
        @Child private JSNode name;
        @Child private JSNode value;

        public SetNode(JSNode object, JSNode name, JSNode value) {
            this.object = object;
            this.name = name;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object target = object.execute(frame);
            PrivateName n = (PrivateName) name.execute(frame);
            Object v = value.execute(frame);
            set(target, n, v, this);
            return v;
        }
    }

    /** {@code #name in object}. */
    public static final class InNode extends JSNode {
        @Child private JSNode name;
        @Child private JSNode object;

        public InNode(JSNode name, JSNode object) {
            this.name = name;
            this.object = object;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object target = object.execute(frame);
            if (!(target instanceof JSObject o)) {
                throw Errors.typeError("Cannot use 'in' operator to search for '"
                        + ((PrivateName) name.execute(frame)).description() + "' in " + JSRuntime.toString(target), this);
            }
            return o.privateFind((PrivateName) name.execute(frame)) != null;
        }
    }

    /** Creates the fresh Private Name of one class evaluation. */
    public static final class NewPrivateNameNode extends JSNode {
        private final String description;
        private final String brandCheckMessage;

        public NewPrivateNameNode(String description, String brandCheckMessage) {
            this.description = description;
            this.brandCheckMessage = brandCheckMessage;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new PrivateName(description, brandCheckMessage);
        }
    }
}
