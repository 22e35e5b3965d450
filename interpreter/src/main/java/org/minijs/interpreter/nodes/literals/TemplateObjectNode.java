package org.minijs.interpreter.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GetTemplateObject: one frozen array of cooked strings with a frozen {@code raw} array, created once per
 * template site (so the tag sees the same object every time the site is evaluated).
 */
public final class TemplateObjectNode extends JSNode {
    private final String[] cooked; // null entries: invalid escapes, cooked as undefined
    private final String[] raw;
    @CompilerDirectives.CompilationFinal private JSArray cached;

    public TemplateObjectNode(String[] cooked, String[] raw) {
        this.cooked = cooked;
        this.raw = raw;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (cached == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cached = create(JSRealm.get(this));
        }
        return cached;
    }

    @TruffleBoundary
    private JSArray create(JSRealm realm) {
        List<Object> values = new ArrayList<>();
        for (String c : cooked) {
            values.add(c == null ? Undefined.INSTANCE : c);
        }
        JSArray template = new JSArray(realm.arrayPrototype(), values);
        JSArray rawArray = new JSArray(realm.arrayPrototype(), new ArrayList<>(Arrays.asList((Object[]) raw)));
        freeze(rawArray);
        template.defineOwnProperty("raw", PropertyCell.data(rawArray, 0));
        freeze(template);
        return template;
    }

    private static void freeze(JSObject o) {
        o.setIntegrityLevel(true);
    }
}
