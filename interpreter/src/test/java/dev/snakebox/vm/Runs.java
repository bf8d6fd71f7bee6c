package dev.snakebox.vm;

import dev.snakebox.Console;
import dev.snakebox.Snakebox;

/** Runs Python source through the front door and keeps what it printed, for the VM's tests. */
final class Runs {
    final String out;
    final String err;
    final int status;

    private Runs(String out, String err, int status) {
        this.out = out;
        this.err = err;
        this.status = status;
    }

    static Runs run(String source) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int status = Snakebox.run(source, "/t.py", new Console() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        });
        return new Runs(out.toString(), err.toString(), status);
    }

    /** Runs on a thread with a small Java stack: Python recursion must not need Java stack. */
    static Runs runOnSmallStack(String source, long stackBytes) throws InterruptedException {
        Runs[] result = new Runs[1];
        Thread t = new Thread(null, () -> result[0] = run(source), "small-stack", stackBytes);
        t.start();
        t.join();
        return result[0];
    }
}
