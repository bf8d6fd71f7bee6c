package dev.snakebox.web;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A JavaScript function {@code (name) => string | null} that fetches one of the engine's data
 * files ({@code DataFiles}: docstrings, Unicode names, pydoc topics), read only when a program
 * needs it: the worker answers with a synchronous request beside the engine, which a worker may
 * make.
 */
@JSFunctor
public interface TextFetch extends JSObject {
    String load(String name);
}
