package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.nodes.Node;

/** The computation of a binary operator on two already evaluated operands; specialized with the DSL. */
public abstract class BinaryOperation extends Node {
    public abstract Object execute(Object left, Object right);
}
