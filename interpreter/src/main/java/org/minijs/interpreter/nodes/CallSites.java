package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * The call site Truffle reports for calls into JavaScript made from Java code (a getter run by a property
 * read, a valueOf run by an operator, an iterator's next run by for-of): the node made current by
 * {@link #enter} is the caller frame's location in stack traces until {@link #exit} restores the previous one.
 * Used as {@code Node previous = CallSites.enter(this); try { ... } finally { CallSites.exit(previous); }}.
 */
public final class CallSites {
    private CallSites() {
    }

    public static Node enter(Node site) {
        return EncapsulatingNodeReference.getCurrent().set(site);
    }

    public static void exit(Node previous) {
        EncapsulatingNodeReference.getCurrent().set(previous);
    }
}
