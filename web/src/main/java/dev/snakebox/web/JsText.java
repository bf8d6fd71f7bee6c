package dev.snakebox.web;

import dev.snakebox.objects.text.HostText;
import org.teavm.jso.JSBody;

/**
 * The JavaScript engine's own string joining and int printing ({@link HostText}), for the JS
 * build, where a Java string is a JavaScript string: {@code a + b} joins two ropes in constant
 * time and {@code String(i)} prints an int without TeaVM's char arrays. Not for the wasm-gc
 * build, whose strings would be copied to JavaScript and back.
 */
final class JsText implements HostText.Ops {
    @Override
    public String concat(String a, String b) {
        return join(a, b);
    }

    @Override
    public String ofInt(int i) {
        return print(i);
    }

    @JSBody(params = {"a", "b"}, script = "return a + b;")
    private static native String join(String a, String b);

    @JSBody(params = "i", script = "return String(i);")
    private static native String print(int i);
}
