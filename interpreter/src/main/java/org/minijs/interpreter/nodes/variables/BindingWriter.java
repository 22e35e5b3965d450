package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A node that can store a value computed elsewhere into its binding (used by update expressions). */
public interface BindingWriter {
    Object write(VirtualFrame frame, Object value);
}
