package org.minijs.interpreter.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.FrameInstanceVisitor;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.async.AsyncBodyRootNode;
import org.minijs.interpreter.async.AsyncFunctionFrame;
import org.minijs.interpreter.nodes.JSRootNode;

/**
 * Captures the JavaScript frames of the current Java stack as node prints them: "    at f (file:line:col)".
 * The innermost location is the node that created the error; each outer frame's location is its call site.
 */
public final class StackTrace {
    private StackTrace() {
    }

    @TruffleBoundary
    public static String capture(Node location) {
        return capture(location, null);
    }

    /**
     * As {@link #capture(Node)}, leaving out the frames up to and including the first call of {@code skipUntil}
     * (V8 does so for the constructor a subclass of Error is constructed through: new MyError() is reported
     * at the new expression, not inside MyError's constructor).
     */
    @TruffleBoundary
    public static String capture(Node location, Object skipUntil) {
        int limit = limit();
        if (limit < 0) {
            return null;
        }
        FrameCollector collector = new FrameCollector(location, limit);
        collector.skipUntil = skipUntil;
        Truffle.getRuntime().iterateFrames(collector);
        if (collector.skipUntil != null) { // never seen: report every frame
            return capture(location, null);
        }
        if (limit == 0) {
            return "";
        }
        appendAsyncFrames(collector.sb, collector.innermostAsync, collector.count, limit);
        return collector.sb.toString();
    }

    /**
     * Error.stackTraceLimit as V8 reads it from the intrinsic Error: a data property holding a number gives the
     * most frames to capture (at least 0, Infinity for all); anything else gives -1, and errors get no stack.
     */
    private static int limit() {
        org.minijs.interpreter.objects.JSFunction error = org.minijs.interpreter.JSRealm.get(null).errorConstructor();
        org.minijs.interpreter.objects.PropertyCell cell = error == null ? null : error.getOwnProperty("stackTraceLimit");
        if (cell == null || cell.accessor || !org.minijs.interpreter.values.JSRuntime.isNumber(cell.value)) {
            return -1;
        }
        double limit = ((Number) cell.value).doubleValue();
        return limit >= Integer.MAX_VALUE ? Integer.MAX_VALUE : limit > 0 ? (int) limit : 0;
    }

    /** The "stack" text: the header, then the frame lines (none at all when the limit is 0). */
    public static String format(String header, String frames) {
        String lines = frames.stripTrailing();
        return lines.isEmpty() ? header : header + "\n" + lines;
    }

    /**
     * Walks the Java stack's JavaScript frames. A named class rather than a lambda: it also runs when the stack
     * is exhausted, where linking a lambda's invokedynamic call site for the first time would fail for good.
     */
    private static final class FrameCollector implements FrameInstanceVisitor<Boolean> {
        final StringBuilder sb = new StringBuilder();
        final int limit;
        Object skipUntil;
        Node current;
        int count;
        AsyncFunctionFrame innermostAsync;

        FrameCollector(Node location, int limit) {
            this.current = location;
            this.limit = limit;
        }

        @Override
        public Boolean visitFrame(FrameInstance frame) {
            RootNode root = frame.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t
                    ? t.getRootNode() : null;
            if (skipUntil != null) {
                Object[] args = frame.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
                if (args.length > 0 && args[0] == skipUntil) {
                    skipUntil = null;
                }
                current = null;
                return null;
            }
            if (root instanceof org.minijs.interpreter.builtins.BuiltinRootNode) {
                Object[] args = frame.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
                if (args[org.minijs.interpreter.nodes.Arguments.CALLEE] instanceof org.minijs.interpreter.objects.JSFunction callee
                        && org.minijs.interpreter.JSRealm.get(null).isStackVisibleBuiltin(callee)
                        && !(count == 0 && isErrorConstructor(callee))) { // the stack starts where the error is made
                    appendFrame(sb, builtinFrameName(callee, args), null); // V8: "at Array.forEach (<anonymous>)"
                    count++;
                    current = null;
                    return count >= limit ? Boolean.TRUE : null;
                }
            }
            if (root instanceof JSRootNode jsRoot && !jsRoot.isInternal()) {
                Node at = current != null ? current : frame.getCallNode();
                appendFrame(sb, frameName(jsRoot, frame), at != null ? at.getEncapsulatingSourceSection() : null);
                count++;
                if (root instanceof AsyncBodyRootNode && frame.getFrame(FrameInstance.FrameAccess.READ_ONLY)
                        .getArguments()[0] instanceof AsyncFunctionFrame activation && activation.isResumed()) {
                    innermostAsync = activation;
                    return Boolean.TRUE; // below an async body there is only the job that resumed it
                }
            }
            current = null;
            return count >= limit ? Boolean.TRUE : null;
        }
    }

    /**
     * How V8 names a frame: "new F" for a construct call; "Type.f" for a call with an object receiver (the
     * receiver's constructor name, "Type.<anonymous>" for an anonymous function); the bare function name
     * when the receiver is undefined or the global object; " [as key]" when the receiver holds it under another key.
     */
    private static String frameName(JSRootNode root, FrameInstance frame) {
        String name = root.displayName();
        Object[] frameArgs = frame.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
        if (root instanceof AsyncBodyRootNode && !name.isEmpty() && frameArgs.length > 0
                && frameArgs[0] instanceof AsyncFunctionFrame activation) {
            return nameFor(name, activation.frame().getArguments()); // the body runs with the call's receiver
        }
        if (root instanceof org.minijs.interpreter.nodes.classes.ClassConstructorRootNode) {
            return "new " + (name.isEmpty() ? "<anonymous>" : name); // runs only under new
        }
        if (!(root instanceof org.minijs.interpreter.nodes.functions.FunctionRootNode)
                || name.equals("Object.<anonymous>") || name.equals("<module>")) {
            return name;
        }
        return nameFor(name, frameArgs);
    }

    /** The naming rules of {@link #frameName} for a function called with {@code args} (async frames too). */
    private static String nameFor(String name, Object[] args) {
        boolean constructing = args.length > org.minijs.interpreter.nodes.Arguments.NEW_TARGET
                && args[org.minijs.interpreter.nodes.Arguments.NEW_TARGET] instanceof org.minijs.interpreter.objects.JSObject;
        if (name.startsWith("#")) {
            return name; // V8 names a private method's frame without the receiver's type
        }
        if (name.indexOf('.') > 0 && !constructing) {
            return name; // a name inferred from a member assignment ("a.b.c", "Foo.bar") reads as is
        }
        if (args.length <= org.minijs.interpreter.nodes.Arguments.NEW_TARGET
                || !(args[org.minijs.interpreter.nodes.Arguments.CALLEE] instanceof org.minijs.interpreter.objects.JSFunction callee)) {
            return name;
        }
        if (args[org.minijs.interpreter.nodes.Arguments.NEW_TARGET] instanceof org.minijs.interpreter.objects.JSObject) {
            return "new " + (name.isEmpty() ? "<anonymous>" : name);
        }
        String specName = callee.name();
        if (name.isEmpty() && specName.startsWith("[")) {
            return specName; // a method named by a symbol key: V8 shows "[Symbol.iterator]" without a type
        }
        if (specName.startsWith("get ") || specName.startsWith("set ")) {
            return specName + " [as " + specName.substring(4) + "]"; // V8 names an accessor's frame so
        }
        Object receiver = args[org.minijs.interpreter.nodes.Arguments.THIS]; // the call's receiver, arrows too
        String type = receiverType(receiver);
        if (type == null) {
            return name;
        }
        if (name.isEmpty()) {
            // V8 names an anonymous method by the key the receiver holds it under (timer._onTimeout())
            String key = aliasKey(receiver, callee, name);
            return type + "." + (key != null ? key : "<anonymous>");
        }
        String alias = aliasKey(receiver, callee, name);
        return (name.startsWith(type) ? name : type + "." + name) + (alias == null ? "" : " [as " + alias + "]");
    }

    /**
     * V8's " [as key]": the receiver holds the function under another key than its name (p.alias = named).
     * Null when it holds it under its own name too (a class method copied to a second name shows no alias).
     */
    private static String aliasKey(Object receiver, org.minijs.interpreter.objects.JSFunction callee, String name) {
        if (!(receiver instanceof org.minijs.interpreter.objects.JSObject o) || receiver instanceof org.minijs.interpreter.objects.JSArray) {
            return null;
        }
        for (org.minijs.interpreter.objects.JSObject p = o; p != null; p = p.getPrototypeOf()) {
            org.minijs.interpreter.objects.PropertyCell cell = p.getOwnProperty(name);
            if (cell != null) {
                if (!cell.accessor && cell.value == callee) {
                    return null;
                }
                break;
            }
        }
        for (org.minijs.interpreter.objects.JSObject p = o; p != null; p = p.getPrototypeOf()) {
            for (Object key : p.ownPropertyKeys()) {
                org.minijs.interpreter.objects.PropertyCell cell = key instanceof String ? p.getOwnProperty(key) : null;
                if (cell != null && !cell.accessor && cell.value == callee) {
                    return (String) key;
                }
            }
        }
        return null;
    }

    private static boolean isErrorConstructor(org.minijs.interpreter.objects.JSFunction f) {
        org.minijs.interpreter.objects.JSObject errorPrototype = org.minijs.interpreter.JSRealm.get(null).errorPrototype();
        org.minijs.interpreter.objects.PropertyCell prototype = f.getOwnProperty("prototype");
        return prototype != null && prototype.value instanceof org.minijs.interpreter.objects.JSObject p
                && (p == errorPrototype || p.getPrototypeOf() == errorPrototype);
    }

    /**
     * How V8 names a built-in's frame: "new Promise"; "JSON.parse" (a receiver with a Symbol.toStringTag);
     * "Function.from" (any function receiver); "Array.forEach"; the bare name without a receiver.
     */
    private static String builtinFrameName(org.minijs.interpreter.objects.JSFunction callee, Object[] args) {
        String name = callee.name();
        if (args[org.minijs.interpreter.nodes.Arguments.NEW_TARGET] instanceof org.minijs.interpreter.objects.JSObject) {
            return "new " + name;
        }
        Object receiver = args[org.minijs.interpreter.nodes.Arguments.THIS];
        String type = receiver instanceof org.minijs.interpreter.objects.JSFunction ? "Function" : receiverType(receiver);
        if (receiver instanceof org.minijs.interpreter.objects.JSObject o && !(receiver instanceof org.minijs.interpreter.objects.JSFunction)) {
            for (org.minijs.interpreter.objects.JSObject p = o; p != null; p = p.getPrototypeOf()) {
                org.minijs.interpreter.objects.PropertyCell tag = p.getOwnProperty(org.minijs.interpreter.values.Symbol.TO_STRING_TAG);
                if (tag != null) {
                    if (!tag.accessor && tag.value instanceof String t && p == o) {
                        type = t; // JSON, Math, Reflect: namespace objects whose own tag names them
                    }
                    break;
                }
            }
        }
        return type == null ? name : type + "." + name;
    }

    /** The type V8 shows for a method call's receiver, or null for a top-level call (no receiver, the global). */
    private static String receiverType(Object receiver) {
        if (receiver == null || receiver == org.minijs.interpreter.values.Undefined.INSTANCE
                || receiver == org.minijs.interpreter.values.Null.INSTANCE) {
            return null;
        }
        if (receiver instanceof org.minijs.interpreter.objects.JSFunction f) {
            return f.name().isEmpty() ? "Function" : f.name(); // a static method: the class's name
        }
        if (receiver instanceof org.minijs.interpreter.objects.JSObject o) {
            if (o == org.minijs.interpreter.JSRealm.get(null).globalObject()) {
                return null;
            }
            for (org.minijs.interpreter.objects.JSObject p = o; p != null; p = p.getPrototypeOf()) {
                org.minijs.interpreter.objects.PropertyCell cell = p.getOwnProperty("constructor");
                if (cell != null && !cell.accessor && cell.value instanceof org.minijs.interpreter.objects.JSFunction c
                        && !c.name().isEmpty()) {
                    return c.name();
                }
            }
            return "Object";
        }
        return org.minijs.interpreter.values.JSRuntime.typeof(receiver).equals("string") ? "String"
                : org.minijs.interpreter.values.JSRuntime.typeof(receiver).equals("number") ? "Number" : null;
    }

    /**
     * The "at async f" lines: from the running async function, follow its promise to the async function
     * awaiting it (its Await continuation is a reaction on that promise), and so on outwards.
     */
    private static void appendAsyncFrames(StringBuilder sb, AsyncFunctionFrame start, int count, int limit) {
        AsyncFunctionFrame current = start;
        while (current != null && count < limit) {
            AsyncFunctionFrame awaiting = null;
            for (Object handler : current.promise().pendingFulfillHandlers()) {
                if (handler instanceof AsyncFunctionFrame.Continuation c) {
                    awaiting = c.activation();
                    break;
                }
            }
            if (awaiting == null) {
                return;
            }
            String name = awaiting.name();
            if (name.isEmpty()) {
                // V8 has no name to print for an anonymous async function: "at async file:line:col"
                sb.append("    at async ").append(location(awaiting.awaitLocation())).append('\n');
            } else {
                appendFrame(sb, "async " + nameFor(name, awaiting.frame().getArguments()), awaiting.awaitLocation());
            }
            count++;
            current = awaiting;
        }
    }

    /** "file:line:col" of the innermost JavaScript call site (where a host function was called from), or "". */
    @TruffleBoundary
    public static String currentLocation() {
        String[] found = {""};
        Truffle.getRuntime().iterateFrames((FrameInstance frame) -> {
            RootNode root = frame.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t ? t.getRootNode() : null;
            if (root instanceof JSRootNode jsRoot && !jsRoot.isInternal()) {
                Node at = frame.getCallNode();
                SourceSection s = at != null ? at.getEncapsulatingSourceSection() : null;
                if (s != null && s.isAvailable()) {
                    found[0] = location(s);
                }
                return Boolean.TRUE;
            }
            return null;
        });
        return found[0];
    }

    /** "file:line:col" as stack frames print it (columns as the user wrote them), or "<anonymous>". */
    public static String location(SourceSection section) {
        return section == null || !section.isAvailable() ? "<anonymous>"
                : section.getSource().getName() + ":" + section.getStartLine() + ":" + org.minijs.interpreter.JSRealm
                .get(null).userColumn(section.getSource(), section.getStartLine(), section.getStartColumn());
    }

    private static void appendFrame(StringBuilder sb, String name, SourceSection section) {
        sb.append("    at ");
        String location = location(section);
        if (name == null || name.isEmpty()) {
            sb.append(location);
        } else {
            sb.append(name).append(" (").append(location).append(')');
        }
        sb.append('\n');
    }
}
