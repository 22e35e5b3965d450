package org.minijs.runtime.console;

import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.List;

/**
 * node's formatError: the stack as the error's text, its name fixed up to show the constructor
 * (improveStack), wrapped in brackets when it has no frames ("[Error: boom]"), cause and errors listed as
 * extra keys, and name/message/stack hidden from the keys when the stack already shows them.
 */
final class ErrorFormatting {
    private ErrorFormatting() {
    }

    static String format(JSObject err, String constructor, String tag, List<Object> keys, int indentationLvl,
                         boolean showHidden) {
        Object nameValue = err.get("name");
        String name = nameValue == Undefined.INSTANCE || nameValue == org.minijs.interpreter.values.Null.INSTANCE
                ? "Error" : JSRuntime.toString(nameValue);
        String stack = stackString(err);
        removeDuplicateErrorKeys(err, keys, stack, showHidden);
        if (err.hasProperty("cause") && !keys.contains("cause")) {
            keys.add("cause");
        }
        if (err.get("errors") instanceof JSArray && !keys.contains("errors")) {
            keys.add("errors");
        }
        stack = improveStack(stack, constructor, name, tag);
        Object message = err.get("message");
        String msg = message instanceof String s ? s : "";
        // node: (err.message && stack.indexOf(err.message)) || -1, so a message at index 0 also counts as -1.
        int pos = msg.isEmpty() ? -1 : stack.indexOf(msg);
        if (pos == 0) {
            pos = -1;
        }
        if (pos != -1) {
            pos += msg.length();
        }
        int stackStart = stack.indexOf("\n    at", Math.max(pos, 0));
        if (stackStart == -1) {
            stack = "[" + stack + "]";
        }
        if (indentationLvl != 0) {
            stack = stack.replace("\n", "\n" + " ".repeat(indentationLvl));
        }
        return stack;
    }

    private static String stackString(JSObject err) {
        Object stack = err.get("stack");
        if (stack instanceof String s && !s.isEmpty()) {
            // The engine ends frameless stacks with a newline; V8 does not.
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        }
        if (stack != Undefined.INSTANCE && JSRuntime.toBoolean(stack)) {
            return Inspect.inspect(stack);
        }
        return Errors.header(err);
    }

    private static void removeDuplicateErrorKeys(JSObject err, List<Object> keys, String stack, boolean showHidden) {
        if (showHidden || keys.isEmpty()) {
            return;
        }
        for (String name : new String[] {"name", "message", "stack"}) {
            int index = keys.indexOf(name);
            if (index != -1) {
                Object v = err.get(name);
                if (!(v instanceof String s) || stack.contains(s)) {
                    keys.remove(index);
                }
            }
        }
    }

    /** improveStack: "Foo [TypeError]: msg" when the constructor is not what the stack says. */
    private static String improveStack(String stack, String constructor, String name, String tag) {
        int len = name.length();
        if (constructor == null || (name.endsWith("Error") && stack.startsWith(name)
                && (stack.length() == len || stack.charAt(len) == ':' || stack.charAt(len) == '\n'))) {
            String fallback = "Error";
            if (constructor == null) {
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("^([A-Z][a-z_ A-Z0-9\\[\\]()-]+)(?::|\\n {4}at)").matcher(stack);
                java.util.regex.Matcher m2 = java.util.regex.Pattern.compile("^([a-z_A-Z0-9-]*Error)$").matcher(stack);
                fallback = m.find() ? m.group(1) : m2.find() ? m2.group(1) : "";
                len = fallback.length();
                if (fallback.isEmpty()) {
                    fallback = "Error";
                }
            }
            String prefix = ConstructorNames.prefix(constructor, tag, fallback, "");
            prefix = prefix.substring(0, prefix.length() - 1);
            if (!name.equals(prefix)) {
                if (prefix.contains(name)) {
                    stack = len == 0 ? prefix + ": " + stack : prefix + stack.substring(len);
                } else {
                    stack = prefix + " [" + name + "]" + stack.substring(len);
                }
            }
        }
        return stack;
    }
}
