package dev.snakebox.web;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A JavaScript function {@code () => string | null} that fetches a text file the engine reads
 * only when a program needs it (the built-ins' docstrings): the worker answers with a
 * synchronous request beside the engine, which a worker may make.
 */
@JSFunctor
public interface TextFetch extends JSObject {
    String load();
}
