package org.minijs.interpreter.objects;

/**
 * One own property: a data property (value) or an accessor (getter/setter functions), with the spec's
 * attributes. Mutable so that a write to a writable data property does not reallocate.
 */
public final class PropertyCell {
    public static final int WRITABLE = 1;
    public static final int ENUMERABLE = 2;
    public static final int CONFIGURABLE = 4;
    public static final int ALL = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /** Attributes of built-in methods: writable and configurable, not enumerable. */
    public static final int HIDDEN = WRITABLE | CONFIGURABLE;

    public Object value;
    public Object getter; // JSFunction or null
    public Object setter; // JSFunction or null
    public int flags;
    public final boolean accessor;

    private PropertyCell(Object value, Object getter, Object setter, int flags, boolean accessor) {
        this.value = value;
        this.getter = getter;
        this.setter = setter;
        this.flags = flags;
        this.accessor = accessor;
    }

    public static PropertyCell data(Object value, int flags) {
        return new PropertyCell(value, null, null, flags, false);
    }

    public static PropertyCell accessor(Object getter, Object setter, int flags) {
        return new PropertyCell(null, getter, setter, flags & ~WRITABLE, true);
    }

    public boolean writable() { return (flags & WRITABLE) != 0; }
    public boolean enumerable() { return (flags & ENUMERABLE) != 0; }
    public boolean configurable() { return (flags & CONFIGURABLE) != 0; }
}
