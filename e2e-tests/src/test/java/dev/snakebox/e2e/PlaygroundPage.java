package dev.snakebox.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The playground page (playground-ui/index.html) as the tests use it, addressed by data-testid. */
final class PlaygroundPage {
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private final WebDriver driver;

    private PlaygroundPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the playground with the given engine chosen and waits until that engine is ready. */
    static PlaygroundPage open(WebDriver driver, URI site, Engine engine) {
        driver.get(site.resolve("index.html?engine=" + engine.id).toString());
        PlaygroundPage page = new PlaygroundPage(driver);
        page.waitUntilReady(engine);
        return page;
    }

    WebDriver driver() {
        return driver;
    }

    WebElement byTestId(String id) {
        return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    private WebElement status() {
        return byTestId("status");
    }

    void waitUntilReady(Engine engine) {
        new WebDriverWait(driver, LOAD_TIMEOUT).withMessage(() -> "the " + engine.id + " engine did not get ready; status: "
                + status().getText()).until(d -> "true".equals(status().getAttribute("data-ready"))
                && engine.id.equals(status().getAttribute("data-engine")));
    }

    String engine() {
        return status().getAttribute("data-engine");
    }

    String statusText() {
        return status().getText();
    }

    /** Replaces the editor's text. */
    void setCode(String code) {
        WebElement editor = byTestId("code-editor");
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", editor, code);
    }

    String code() {
        return byTestId("code-editor").getDomProperty("value");
    }

    int completedRuns() {
        return Integer.parseInt(status().getAttribute("data-runs"));
    }

    boolean isBusy() {
        return "true".equals(status().getAttribute("data-busy"));
    }

    /** Clicks Run and waits until all three panes are filled. */
    void run() {
        int before = completedRuns();
        clickRun();
        waitForRunsAfter(before, RUN_TIMEOUT);
    }

    /** Presses Ctrl+Enter in the editor and waits until the run completes. */
    void runWithCtrlEnter() {
        int before = completedRuns();
        WebElement editor = byTestId("code-editor");
        editor.click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        waitForRunsAfter(before, RUN_TIMEOUT);
    }

    void clickRun() {
        byTestId("run-button").click();
    }

    void clickStop() {
        byTestId("stop-button").click();
    }

    void waitForRunsAfter(int before, Duration timeout) {
        new WebDriverWait(driver, timeout).withMessage(() -> "the run did not complete; status: " + statusText())
                .until(d -> completedRuns() > before && !isBusy());
    }

    void setPositions(boolean on) {
        WebElement box = byTestId("ast-positions");
        if (box.isSelected() != on) {
            box.click();
        }
    }

    void chooseEngine(Engine engine) {
        new Select(byTestId("engine-select")).selectByValue(engine.id);
        waitUntilReady(engine);
    }

    /** The standard output shown in a pane ("execute-pane", "ast-pane", "bytecode-pane"). */
    String stdout(String pane) {
        return streamText(pane, "stdout");
    }

    /** The standard error shown in a pane. */
    String stderr(String pane) {
        return streamText(pane, "stderr");
    }

    /** The notes the playground itself adds to a pane (e.g. "[Stopped]"). */
    String notes(String pane) {
        return streamText(pane, "note");
    }

    /** The lines typed for input() and echoed in the Execute pane. */
    String typedLines() {
        return streamText("execute-pane", "stdin");
    }

    /** The Execute pane's text as it reads, everything in order (program output, typed lines, notes). */
    String executeText() {
        return byTestId("execute-pane").getDomProperty("textContent");
    }

    /** Waits until the program asks for a line (the input field is shown) and returns the field. */
    WebElement waitForInputField() {
        return new WebDriverWait(driver, RUN_TIMEOUT).withMessage(() -> "no input field appeared; status: " + statusText())
                .until(d -> {
                    List<WebElement> fields = d.findElements(By.cssSelector("[data-testid='stdin-input']"));
                    return fields.isEmpty() ? null : fields.get(0);
                });
    }

    /** Whether the program waits for a line now. */
    boolean hasInputField() {
        return !driver.findElements(By.cssSelector("[data-testid='stdin-input']")).isEmpty();
    }

    /** Types a line into the input field the program is waiting on, then Enter. */
    void typeLine(String text) {
        WebElement field = waitForInputField();
        field.sendKeys(text);
        field.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, RUN_TIMEOUT).until(d -> isStale(field)); // the field goes once the line is sent
    }

    private static boolean isStale(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }

    /** Runs a script in the page that calls back {@code done(result)}, with the page's Snakebox module as {@code Snakebox}. */
    Object withModule(String body, Object... args) {
        String script = "const done = arguments[arguments.length - 1]; const args = Array.from(arguments).slice(0, -1);"
                + "import('./snakebox/snakebox.mjs').then(async ({ Snakebox }) => {" + body + "})"
                + ".catch((e) => done({ failure: String(e && e.message || e) }));";
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    private String streamText(String pane, String stream) {
        StringBuilder text = new StringBuilder();
        List<WebElement> pieces = byTestId(pane).findElements(By.cssSelector("[data-testid='" + stream + "']"));
        for (WebElement piece : pieces) {
            text.append(piece.getDomProperty("textContent"));
        }
        return text.toString();
    }

    /** The exit status shown for the last run, or null when it was stopped or crashed. */
    Integer exitCode() {
        String code = byTestId("execute-pane").getAttribute("data-exit-code");
        return code == null || code.isEmpty() ? null : Integer.valueOf(code);
    }

    /** How the last run ended: "exited", "stopped" or "crashed". */
    String runStatus() {
        return byTestId("execute-pane").getAttribute("data-status");
    }

    /** The CSS color of the first piece of a stream in the Execute pane. */
    String colorOf(String stream) {
        WebElement piece = byTestId("execute-pane").findElement(By.cssSelector("[data-testid='" + stream + "']"));
        return piece.getCssValue("color") + " on " + piece.getCssValue("background-color");
    }
}
