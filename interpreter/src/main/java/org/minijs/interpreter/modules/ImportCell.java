package org.minijs.interpreter.modules;

import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.objects.JSObject;

/**
 * One import binding of a module, resolved by the host when it links the module graph: either a live view
 * of a slot of the exporting module's environment (ResolveExport found a binding), or a namespace object
 * ({@code import * as ns}). Reads go through the cell every time, which is what makes bindings live.
 */
public final class ImportCell {
    private final String localName;
    private Environment environment;
    private int index = -1;
    private JSObject namespace;

    public ImportCell(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    /** Binds to slot {@code index} of the exporting module's environment. */
    public void bind(Environment environment, int index) {
        this.environment = environment;
        this.index = index;
    }

    public void bindNamespace(JSObject namespace) {
        this.namespace = namespace;
    }

    public boolean isResolved() {
        return namespace != null || environment != null;
    }

    /** The current value, or null when the exported binding is still uninitialized (TDZ). */
    public Object read() {
        if (namespace != null) {
            return namespace;
        }
        return environment == null ? null : environment.slots[index];
    }
}
