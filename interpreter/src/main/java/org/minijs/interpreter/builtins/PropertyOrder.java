package org.minijs.interpreter.builtins;

import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order in which node (V8) lists the own keys of the built-in objects. The built-ins are installed by
 * concept, not in V8's order, so once the realm is set up each object's keys are put in this order;
 * Object.getOwnPropertyNames and Reflect.ownKeys then print what node prints. "@@name" stands for the
 * well-known symbol Symbol.name. Keys minijs does not define are skipped; keys not listed stay first.
 */
final class PropertyOrder {
    private static final Map<String, Symbol> WELL_KNOWN = Map.of(
            "@@hasInstance", Symbol.HAS_INSTANCE, "@@iterator", Symbol.ITERATOR, "@@species", Symbol.SPECIES,
            "@@toPrimitive", Symbol.TO_PRIMITIVE, "@@toStringTag", Symbol.TO_STRING_TAG,
            "@@unscopables", Symbol.UNSCOPABLES, "@@match", Symbol.MATCH, "@@matchAll", Symbol.MATCH_ALL,
            "@@replace", Symbol.REPLACE, "@@search", Symbol.SEARCH);

    private static final String[][] ORDER = {
            {"Object", "length,name,prototype,assign,getOwnPropertyDescriptor,getOwnPropertyDescriptors,getOwnPropertyNames,getOwnPropertySymbols,hasOwn,is,preventExtensions,seal,create,defineProperties,defineProperty,freeze,getPrototypeOf,setPrototypeOf,isExtensible,isFrozen,isSealed,keys,entries,fromEntries,values"},
            {"Object.prototype", "constructor,__defineGetter__,__defineSetter__,hasOwnProperty,__lookupGetter__,__lookupSetter__,isPrototypeOf,propertyIsEnumerable,toString,valueOf,__proto__,toLocaleString"},
            {"Function.prototype", "length,name,arguments,caller,constructor,apply,bind,call,toString,@@hasInstance"},
            {"Array", "length,name,prototype,isArray,from,of,@@species"},
            {"Array.prototype", "length,constructor,at,concat,copyWithin,fill,find,findIndex,findLast,findLastIndex,lastIndexOf,pop,push,reverse,shift,unshift,slice,sort,splice,includes,indexOf,join,keys,entries,values,forEach,filter,flat,flatMap,map,every,some,reduce,reduceRight,toLocaleString,toString,toReversed,toSorted,toSpliced,with,@@iterator,@@unscopables"},
            {"String", "length,name,prototype,fromCharCode,fromCodePoint,raw"},
            {"String.prototype", "length,constructor,anchor,at,big,blink,bold,charAt,charCodeAt,codePointAt,concat,endsWith,fontcolor,fontsize,fixed,includes,indexOf,isWellFormed,italics,lastIndexOf,link,localeCompare,match,matchAll,normalize,padEnd,padStart,repeat,replace,replaceAll,search,slice,small,split,strike,sub,substr,substring,sup,startsWith,toString,toWellFormed,trim,trimStart,trimLeft,trimEnd,trimRight,toLocaleLowerCase,toLocaleUpperCase,toLowerCase,toUpperCase,valueOf,@@iterator"},
            {"Number", "length,name,prototype,isFinite,isInteger,isNaN,isSafeInteger,parseFloat,parseInt,MAX_VALUE,MIN_VALUE,NaN,NEGATIVE_INFINITY,POSITIVE_INFINITY,MAX_SAFE_INTEGER,MIN_SAFE_INTEGER,EPSILON"},
            {"Number.prototype", "constructor,toExponential,toFixed,toPrecision,toString,valueOf,toLocaleString"},
            {"Boolean.prototype", "constructor,toString,valueOf"},
            {"Symbol", "length,name,prototype,for,keyFor,asyncIterator,hasInstance,isConcatSpreadable,iterator,match,matchAll,replace,search,species,split,toPrimitive,toStringTag,unscopables,dispose,asyncDispose"},
            {"Symbol.prototype", "constructor,toString,valueOf,description,@@toStringTag,@@toPrimitive"},
            {"Math", "abs,acos,acosh,asin,asinh,atan,atanh,atan2,ceil,cbrt,expm1,clz32,cos,cosh,exp,floor,fround,hypot,imul,log,log1p,log2,log10,max,min,pow,random,round,sign,sin,sinh,sqrt,tan,tanh,trunc,E,LN10,LN2,LOG10E,LOG2E,PI,SQRT1_2,SQRT2,@@toStringTag"},
            {"JSON", "parse,stringify,@@toStringTag"},
            {"Reflect", "defineProperty,deleteProperty,apply,construct,get,getOwnPropertyDescriptor,getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf,@@toStringTag"},
            {"Error", "length,name,prototype,captureStackTrace,prepareStackTrace,stackTraceLimit"},
            {"Error.prototype", "constructor,name,message,toString"},
            {"TypeError.prototype", "constructor,name,message"},
            {"RangeError.prototype", "constructor,name,message"},
            {"ReferenceError.prototype", "constructor,name,message"},
            {"SyntaxError.prototype", "constructor,name,message"},
            {"EvalError.prototype", "constructor,name,message"},
            {"URIError.prototype", "constructor,name,message"},
            {"Map", "length,name,prototype,@@species"},
            {"Map.prototype", "constructor,get,set,has,delete,clear,entries,forEach,keys,size,values,@@toStringTag,@@iterator"},
            {"Set", "length,name,prototype,@@species"},
            {"Set.prototype", "constructor,has,add,delete,clear,entries,forEach,size,values,keys,@@toStringTag,@@iterator"},
            {"WeakMap.prototype", "constructor,delete,get,set,has,@@toStringTag"},
            {"WeakSet.prototype", "constructor,delete,has,add,@@toStringTag"},
            {"Promise", "length,name,prototype,all,allSettled,any,race,resolve,reject,@@species"},
            {"Promise.prototype", "constructor,then,catch,finally,@@toStringTag"},
            {"RegExp.prototype", "constructor,exec,dotAll,flags,global,hasIndices,ignoreCase,multiline,source,sticky,unicode,compile,toString,test,unicodeSets,@@match,@@matchAll,@@replace,@@search,@@split"},
            {"Date", "length,name,prototype,now,parse,UTC"},
            {"Date.prototype", "constructor,toString,toDateString,toTimeString,toISOString,toUTCString,toGMTString,getDate,setDate,getDay,getFullYear,setFullYear,getHours,setHours,getMilliseconds,setMilliseconds,getMinutes,setMinutes,getMonth,setMonth,getSeconds,setSeconds,getTime,setTime,getTimezoneOffset,getUTCDate,setUTCDate,getUTCDay,getUTCFullYear,setUTCFullYear,getUTCHours,setUTCHours,getUTCMilliseconds,setUTCMilliseconds,getUTCMinutes,setUTCMinutes,getUTCMonth,setUTCMonth,getUTCSeconds,setUTCSeconds,valueOf,getYear,setYear,toJSON,toLocaleString,toLocaleDateString,toLocaleTimeString,@@toPrimitive"},
    };

    private PropertyOrder() {
    }

    /** Puts the keys of each listed built-in object (found from the global object by path) in V8's order. */
    static void apply(JSObject global) {
        for (String[] entry : ORDER) {
            if (resolve(global, entry[0]) instanceof JSObject target) {
                List<Object> keys = new ArrayList<>();
                for (String name : entry[1].split(",")) {
                    keys.add(name.startsWith("@@") ? WELL_KNOWN.getOrDefault(name, null) : name);
                }
                keys.removeIf(k -> k == null);
                target.moveToEnd(keys);
            }
        }
    }

    private static Object resolve(JSObject global, String path) {
        Object o = global;
        for (String part : path.split("\\.")) {
            if (!(o instanceof JSObject obj)) {
                return null;
            }
            var cell = obj.getOwnProperty(part);
            o = cell == null || cell.accessor ? null : cell.value;
        }
        return o;
    }
}
