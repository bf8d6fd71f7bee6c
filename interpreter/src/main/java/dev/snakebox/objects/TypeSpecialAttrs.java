package dev.snakebox.objects;

/**
 * The attributes of {@code type} kept in a class's dict: {@code __abstractmethods__},
 * {@code __annotations__} and {@code __type_params__}; CPython's {@code type_abstractmethods},
 * {@code type_set_abstractmethods}, {@code type_get_annotations}, {@code type_set_annotations},
 * {@code type_get_type_params}, {@code type_set_type_params} and
 * {@code check_set_special_type_attr} ({@code Objects/typeobject.c}).
 */
final class TypeSpecialAttrs {
    private TypeSpecialAttrs() {}

    private static final PyStr ABSTRACT = PyStr.intern("__abstractmethods__");
    private static final PyStr ANNOTATIONS = PyStr.intern("__annotations__");
    private static final PyStr TYPE_PARAMS = PyStr.intern("__type_params__");

    static void define(PyType t) {
        t.getSet("__abstractmethods__", self -> {
            PyType type = (PyType) self;
            // type itself has the descriptor in its dict, which is no list of abstract methods
            PyObject v = type == PyType.TYPE ? null : type.dict().getStr(ABSTRACT);
            if (v == null) {
                throw Errors.raise(ExceptionTypes.AttributeError, "__abstractmethods__");
            }
            return v;
        }, (self, v) -> {
            PyType type = (PyType) self;
            checkSettable(type, v, "__abstractmethods__");
            if (v == null) {
                if (type.dict().getStr(ABSTRACT) == null) {
                    throw Errors.raise(ExceptionTypes.AttributeError, "__abstractmethods__");
                }
                type.dict().removeStr(ABSTRACT);
                type.flags &= ~PyType.IS_ABSTRACT;
            } else {
                boolean isAbstract = Abstract.isTrue(v);
                type.dict().putStr(ABSTRACT, v);
                type.flags = isAbstract ? type.flags | PyType.IS_ABSTRACT : type.flags & ~PyType.IS_ABSTRACT;
            }
            type.modified();
        });
        t.getSet("__annotations__", self -> {
            PyType type = (PyType) self;
            if (!type.isHeapType()) {
                throw Errors.attributeError(type, "__annotations__",
                        "type object '" + type.name + "' has no attribute '__annotations__'");
            }
            PyObject v = type.dict().getStr(ANNOTATIONS);
            if (v != null) {
                Slots.DescrGet get = v.type().tp_descr_get;
                return get == null ? v : get.get(v, null, type);
            }
            PyDict fresh = new PyDict();
            type.dict().putStr(ANNOTATIONS, fresh);
            type.modified();
            return fresh;
        }, (self, v) -> {
            PyType type = (PyType) self;
            checkSettable(type, v, "__annotations__");
            if (v == null) {
                if (type.dict().removeStr(ANNOTATIONS) == null) {
                    throw Errors.raise(ExceptionTypes.AttributeError, "__annotations__");
                }
            } else {
                type.dict().putStr(ANNOTATIONS, v);
            }
            type.modified();
        });
        t.getSet("__type_params__", self -> {
            PyType type = (PyType) self;
            PyObject v = type == PyType.TYPE ? null : type.dict().getStr(TYPE_PARAMS);
            return v == null ? PyTuple.EMPTY : v;
        }, (self, v) -> {
            PyType type = (PyType) self;
            if (v == null) {
                throw Errors.typeError("cannot delete '__type_params__' attribute of immutable type '" + type.name + "'");
            }
            checkSettable(type, v, "__type_params__");
            type.dict().putStr(TYPE_PARAMS, v);
            type.modified();
        });
    }

    /** {@code check_set_special_type_attr}: only a class's, and (but for __abstractmethods__/__annotations__) not deleted. */
    private static void checkSettable(PyType type, PyObject value, String name) {
        if (!type.isHeapType()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name + "'");
        }
    }

    /** {@code object_new}'s refusal of an abstract class, naming its abstract methods in order. */
    static PyException cannotInstantiate(PyType type) {
        PyObject methods = type.dict().getStr(ABSTRACT);
        PyObject[] names = methods == null ? new PyObject[0] : Abstract.toArray(methods);
        PyList sorted = PyList.wrap(names);
        Abstract.callMethod(sorted, "sort");
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                joined.append("', '");
            }
            joined.append(Abstract.str(sorted.get(i)).value());
        }
        return Errors.typeError("Can't instantiate abstract class " + type.name + " without an implementation for abstract method"
                + (sorted.size() > 1 ? "s" : "") + " '" + joined + "'");
    }
}
