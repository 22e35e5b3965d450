package org.minijs.ast;

import java.util.List;

/** A class body: name (null when anonymous), optional heritage, members in source order. */
public record ClassNode(String name, Expression superClass, List<ClassMember> members, SourceSpan span)
        implements Node {
}
