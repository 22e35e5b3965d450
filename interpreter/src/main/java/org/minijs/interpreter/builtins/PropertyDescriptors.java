package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * Property descriptors as JavaScript sees them (§6.2.6): ToPropertyDescriptor reads a descriptor object,
 * FromPropertyDescriptor builds one. Inside the engine a descriptor is a complete {@link PropertyCell}: the
 * fields a descriptor object leaves out are taken from the current property, or get the spec's defaults.
 */
final class PropertyDescriptors {
    private PropertyDescriptors() {
    }

    /** ToPropertyDescriptor(obj) completed over {@code current} (null when the property does not exist yet). */
    static PropertyCell toPropertyCell(Object descriptor, PropertyCell current) {
        if (!(descriptor instanceof JSObject d)) {
            throw Errors.typeError("Property description must be an object: " + JSRuntime.toDisplayString(descriptor));
        }
        // the fields are read in the spec's order, each with HasProperty then Get
        Boolean enumerable = d.hasProperty("enumerable") ? JSRuntime.toBoolean(d.get("enumerable")) : null;
        Boolean configurable = d.hasProperty("configurable") ? JSRuntime.toBoolean(d.get("configurable")) : null;
        boolean hasValue = d.hasProperty("value");
        Object value = hasValue ? d.get("value") : null;
        Boolean writable = d.hasProperty("writable") ? JSRuntime.toBoolean(d.get("writable")) : null;
        boolean hasGet = d.hasProperty("get");
        Object getter = hasGet ? accessorFunction(d.get("get"), "Getter") : null;
        boolean hasSet = d.hasProperty("set");
        Object setter = hasSet ? accessorFunction(d.get("set"), "Setter") : null;
        boolean isAccessor = hasGet || hasSet;
        if (isAccessor && (hasValue || writable != null)) {
            throw Errors.typeError("Invalid property descriptor. Cannot both specify accessors and a value or "
                    + "writable attribute, " + JSRuntime.toDisplayString(d));
        }
        int flags = 0;
        if (enumerable != null ? enumerable : current != null && current.enumerable()) {
            flags |= PropertyCell.ENUMERABLE;
        }
        if (configurable != null ? configurable : current != null && current.configurable()) {
            flags |= PropertyCell.CONFIGURABLE;
        }
        boolean keepAccessor = !isAccessor && !hasValue && writable == null && current != null && current.accessor;
        if (isAccessor || keepAccessor) {
            boolean fromCurrent = current != null && current.accessor;
            Object g = hasGet ? getter : fromCurrent ? current.getter : null;
            Object s = hasSet ? setter : fromCurrent ? current.setter : null;
            return PropertyCell.accessor(g, s, flags);
        }
        boolean currentData = current != null && !current.accessor;
        if (writable != null ? writable : currentData && current.writable()) {
            flags |= PropertyCell.WRITABLE;
        }
        Object v = hasValue ? value : currentData ? current.value : Undefined.INSTANCE;
        return PropertyCell.data(v, flags);
    }

    private static Object accessorFunction(Object f, String what) {
        if (f == Undefined.INSTANCE) {
            return null;
        }
        if (!(f instanceof JSFunction)) {
            throw Errors.typeError(what + " must be a function: " + JSRuntime.toDisplayString(f));
        }
        return f;
    }

    /** FromPropertyDescriptor: {value, writable, enumerable, configurable} or {get, set, enumerable, configurable}. */
    static JSObject fromPropertyCell(JSRealm realm, PropertyCell c) {
        JSObject d = realm.newObject();
        if (c.accessor) {
            put(d, "get", c.getter == null ? Undefined.INSTANCE : c.getter);
            put(d, "set", c.setter == null ? Undefined.INSTANCE : c.setter);
        } else {
            put(d, "value", c.value);
            put(d, "writable", c.writable());
        }
        put(d, "enumerable", c.enumerable());
        put(d, "configurable", c.configurable());
        return d;
    }

    private static void put(JSObject o, String key, Object value) {
        o.defineOwnProperty(key, PropertyCell.data(value, PropertyCell.ALL));
    }

    /** DefinePropertyOrThrow. */
    static void definePropertyOrThrow(JSObject o, Object key, PropertyCell cell) {
        if (!o.defineOwnProperty(key, cell)) {
            throw Errors.typeError(o.getOwnProperty(key) == null && !o.isExtensible()
                    ? "Cannot define property " + JSRuntime.toDisplayString(key) + ", object is not extensible"
                    : "Cannot redefine property: " + JSRuntime.toDisplayString(key));
        }
    }

    /** ObjectDefineProperties: every descriptor is read before any property is defined. */
    static void defineProperties(JSObject o, Object properties) {
        JSObject props = JSRuntime.toObject(properties);
        List<Object> keys = new ArrayList<>();
        List<PropertyCell> cells = new ArrayList<>();
        for (Object key : props.ownPropertyKeys()) {
            PropertyCell own = props.getOwnProperty(key);
            if (own != null && own.enumerable()) {
                keys.add(key);
                cells.add(toPropertyCell(props.get(key), o.getOwnProperty(key)));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            definePropertyOrThrow(o, keys.get(i), cells.get(i));
        }
    }
}
