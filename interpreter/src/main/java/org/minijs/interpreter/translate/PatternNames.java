package org.minijs.interpreter.translate;

import org.minijs.ast.Pattern;

import java.util.ArrayList;
import java.util.List;

/** BoundNames of a binding pattern: every identifier it declares, in source order. */
final class PatternNames {
    private PatternNames() {
    }

    static List<String> of(Pattern pattern) {
        List<String> names = new ArrayList<>();
        collect(pattern, names);
        return names;
    }

    private static void collect(Pattern p, List<String> names) {
        switch (p) {
            case null -> { }
            case Pattern.Identifier id -> names.add(id.name());
            case Pattern.ObjectPattern o -> {
                o.properties().forEach(x -> collect(x, names));
                collect(o.rest(), names);
            }
            case Pattern.Property prop -> collect(prop.value(), names);
            case Pattern.ArrayPattern a -> {
                a.elements().forEach(x -> collect(x, names));
                collect(a.rest(), names);
            }
            case Pattern.Default d -> collect(d.target(), names);
            case Pattern.Member m -> { }
        }
    }
}
