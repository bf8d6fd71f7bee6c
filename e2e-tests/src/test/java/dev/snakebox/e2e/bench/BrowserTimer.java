package dev.snakebox.e2e.bench;

import dev.snakebox.e2e.Chromium;
import dev.snakebox.site.StaticServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times {@code py.run} inside headless Chromium: serves a copy of the assembled site with the
 * benchmark page (bench/page/bench.html) added, and asks the page to run each program.
 */
final class BrowserTimer implements AutoCloseable {
    private final StaticServer server;
    private final ChromeDriver driver;

    private BrowserTimer(StaticServer server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    static BrowserTimer start(Path site, Path benchPage, Path scratch) throws IOException {
        Path root = scratch.resolve("site");
        copyTree(site, root);
        Files.copy(benchPage, root.resolve("bench.html"), StandardCopyOption.REPLACE_EXISTING);
        StaticServer server = StaticServer.start(root, 0);
        try {
            ChromeDriver driver = Chromium.start();
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(15));
            driver.get(server.url().resolve("bench.html").toString());
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "true".equals(d.findElement(org.openqa.selenium.By.tagName("body")).getAttribute("data-ready")));
            return new BrowserTimer(server, driver);
        } catch (RuntimeException | IOException e) {
            server.close();
            throw e;
        }
    }

    /** Loads the engine, runs the program {@code repetitions} times in it; also reports the load time. */
    Measurement time(String engine, String code, int repetitions, List<Double> loadMillis) {
        Object answer;
        try {
            answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "window.bench(arguments[0], arguments[1], arguments[2])"
                    + ".then(done, (e) => done({ failure: String(e && e.message || e) }));", engine, code, repetitions);
        } catch (RuntimeException e) {
            return Measurement.failed("the page failed: " + e.getMessage().lines().findFirst().orElse(""));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        if (result.get("failure") != null) {
            return Measurement.failed(String.valueOf(result.get("failure")));
        }
        if (!"exited".equals(result.get("status"))) {
            return Measurement.failed("the run ended as " + result.get("status"));
        }
        loadMillis.add(((Number) result.get("loadMs")).doubleValue());
        List<Double> millis = new ArrayList<>();
        for (Object time : (List<?>) result.get("times")) {
            millis.add(((Number) time).doubleValue());
        }
        return new Measurement(millis, (String) result.get("stdout"), (String) result.get("stderr"),
                ((Number) result.get("exitCode")).intValue(), null);
    }

    /**
     * Times the JS API request of {@code stage} ({@code py.ast(code)} or {@code py.dis(code)}, one
     * request each) after {@code warmups} untimed ones; the measurement's stdout is the printed
     * text's length in chars (code objects' addresses masked), the text itself stays in the page.
     */
    Measurement timeFrontEnd(String engine, FrontEndStage stage, String code, int warmups, int repetitions) {
        Object answer;
        try {
            answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "window.benchFrontEnd(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4])"
                    + ".then(done, (e) => done({ failure: String(e && e.message || e) }));", engine,
                    stage.browserRequest, code, warmups, repetitions);
        } catch (RuntimeException e) {
            return Measurement.failed("the page failed: " + e.getMessage().lines().findFirst().orElse(""));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        if (result.get("failure") != null) {
            return Measurement.failed(String.valueOf(result.get("failure")));
        }
        if (!"exited".equals(result.get("status"))) {
            return Measurement.failed("the request ended as " + result.get("status"));
        }
        List<Double> millis = new ArrayList<>();
        for (Object time : (List<?>) result.get("times")) {
            millis.add(((Number) time).doubleValue());
        }
        return new Measurement(millis, String.valueOf(result.get("stdoutLength")), (String) result.get("stderr"),
                ((Number) result.get("exitCode")).intValue(), null);
    }

    String browserVersion() {
        return driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion();
    }

    @Override
    public void close() {
        driver.quit();
        server.close();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
