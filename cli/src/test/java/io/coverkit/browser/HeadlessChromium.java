package io.coverkit.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, for tests that look at pages as a
 * reader's browser shows them. CI installs both ({@code .ci/run}), so there a missing browser fails
 * the test; elsewhere the test is skipped, and the build's output says why and how to install them.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium looks for DevTools bindings matching the browser's version and logs a warning when
     * Debian's Chromium is newer than any it ships; these tests use WebDriver only, never DevTools.
     * Held in a field because the logging framework keeps loggers weakly, and a collected logger
     * would lose its level.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {}

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** A browser with a window of {@code width} x {@code height} pixels, off the network; quit it after use. */
    public static ChromeDriver start(int width, int height) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null && !present) {
            // Surefire shows an assumption's reason only in its report files, so the build's output says it.
            String why = (Files.isExecutable(CHROMIUM) ? "chromedriver" : "chromium") + " not found: browser tests skipped"
                    + " (apt-get install -y chromium chromium-driver; CI installs them through .ci/run)";
            System.out.println("[coverkit] " + why);
            Assumptions.abort(why);
        }
        assertTrue(present, "CI must install chromium and chromium-driver (.ci/run does)");
        assertTrue(CDP_VERSION_FINDER.getLevel() == Level.SEVERE, "Selenium's DevTools version warning is off");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the network, which this machine does not have.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("coverkit-chromium"));
        // Named through the system property rather than ChromeDriverService.Builder: the Builder class
        // carries a @AutoService annotation whose class is not on the classpath, and javac warns on
        // reading it.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriver browser = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
