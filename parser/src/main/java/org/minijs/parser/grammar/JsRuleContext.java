package org.minijs.parser.grammar;

import java.util.ArrayList;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Base class of the generated parse-tree contexts: starts each child list small (most contexts have one to
 * three children) instead of ArrayList's default ten, which noticeably cuts allocation on large inputs.
 */
public class JsRuleContext extends ParserRuleContext {
    public JsRuleContext() {
    }

    public JsRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(3);
        }
        children.add(t);
        return t;
    }
}
