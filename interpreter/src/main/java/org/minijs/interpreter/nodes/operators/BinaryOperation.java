package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.NodeChild;
import org.minijs.interpreter.nodes.JSNode;

/**
 * A binary operator, specialized with the DSL. As an expression it evaluates its two operand children, through
 * their typed execute methods when its active specializations take ints or doubles, so int arithmetic on locals
 * runs without boxing. Compound assignments and operands that may suspend (an await on the right) evaluate the
 * operands themselves and apply the operator with {@link #executeEvaluated}; the children are null then.
 */
@NodeChild(value = "left", type = JSNode.class)
@NodeChild(value = "right", type = JSNode.class)
public abstract class BinaryOperation extends JSNode {
    public abstract Object executeEvaluated(Object left, Object right);
}
