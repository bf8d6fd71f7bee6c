package dev.snakebox;

import dev.snakebox.vm.BlockingHost;

/** How the JVM answers {@code input()} and {@code time.sleep()}: by blocking the thread. */
final class JvmHost implements BlockingHost {
    private final Console console;

    JvmHost(Console console) {
        this.console = console;
    }

    @Override
    public String readLine() {
        return console.readLine();
    }

    @Override
    public void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
