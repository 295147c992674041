package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The rendered guideline and the two reports, opened in a real headless Chromium (Debian's, driven
 * through its chromedriver): each page is screenshot into {@code <build>/screenshots/}, and the
 * elements an analyst looks for must be displayed, not merely present in the markup.
 *
 * <p>CI installs Chromium ({@code .ci/run}), so there a missing browser fails the test; elsewhere
 * it is skipped with a note, so a developer without Chromium can still build.
 */
class SeenInABrowserTest {

    private static final Path OUT = Path.of(System.getProperty("coverkit.report.dir", "target"), "browser");

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = io.coverkit.browser.HeadlessChromium.start(1280, 1000);
        Files.createDirectories(OUT.resolve("screenshots"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
    }

    private static Path screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = OUT.resolve("screenshots").resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "a screenshot with something on it: " + target);
        return target;
    }

    /** A picture of one element, scrolled into view: the parts below the first screen are seen too. */
    private static void elementShot(WebElement element, String name) throws Exception {
        browser.executeScript("arguments[0].scrollIntoView(true)", element);
        File shot = element.getScreenshotAs(OutputType.FILE);
        Path target = OUT.resolve("screenshots").resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 2_000, "an element screenshot with something on it: " + target);
    }

    private static void assertDisplayed(WebElement element) {
        assertTrue(element.isDisplayed(), () -> "not visible: " + element.getText());
        assertTrue(element.getSize().getHeight() > 0 && element.getSize().getWidth() > 0, "has an area on the page");
    }

    @Test
    void theRenderedGuidelineShowsItsIndicationsAndDocumentationTable() throws Exception {
        CliRun render = CliRun.of("render", "04-77260-19", "--format", "html");
        assertEquals(0, render.code(), render.err());
        Path page = Files.writeString(OUT.resolve("04-77260-19.html"), render.out());
        open(page);

        List<WebElement> indications = browser.findElements(
                By.xpath("//h2[starts-with(normalize-space(.), 'POSITION STATEMENT')]/following-sibling::ul[1]/li"));
        assertEquals(10, indications.size(), "the ten IGRT indications");
        indications.forEach(SeenInABrowserTest::assertDisplayed);
        assertEquals("Implanted fiducial markers", indications.get(3).getText());

        WebElement table = browser.findElement(By.xpath("//table[.//td[contains(., '28626-0')]]"));
        assertDisplayed(table);
        for (String loinc : List.of("28626-0", "18741-9", "18776-5")) {
            assertDisplayed(table.findElement(By.xpath(".//td[contains(., '" + loinc + "')]")));
        }
        screenshot("guideline-04-77260-19");
        elementShot(indications.get(0).findElement(By.xpath("..")), "guideline-indications");
        elementShot(table, "guideline-documentation-table");
    }

    @Test
    void theReportsShowCountsCoverageFiguresAndTheFailureDiff() throws Exception {
        Path specs = Files.createDirectories(OUT.resolve("specs"));
        Files.writeString(specs.resolve("BrowserSpec.groovy"), """
                import static io.coverkit.determination.Outcome.*
                import io.coverkit.kit.GuidelineSpecification

                class BrowserSpec extends GuidelineSpecification {
                    String guidelineId = '04-77260-19'

                    def "internal motion meets medical necessity"() {
                        given: 'a documented request for CPT 77387 with internal motion'
                        def request = request().cpt('77387').on('2026-06-01').indication('internal-motion').allDocumentsDated('2026-05-01')

                        when: 'it is decided'
                        def determination = decide(request)

                        then: 'it meets medical necessity'
                        determination.outcome == MEETS_MEDICAL_NECESSITY
                    }

                    def "a request without indications is wrongly expected to meet medical necessity"() {
                        when: 'a request with no indication is decided'
                        def determination = decide(request().cpt('77387').on('2026-06-01').allDocumentsDated('2026-05-01'))

                        then: 'the analyst expected it to meet medical necessity'
                        determination.outcome == MEETS_MEDICAL_NECESSITY
                    }
                }
                """);
        Path reports = OUT.resolve("reports");
        CliRun run = CliRun.of("test", specs.toString(), "--reports", reports.toString());
        assertEquals(1, run.code(), "one scenario fails on purpose: " + run.out());

        open(reports.resolve("scenario-report.html"));
        WebElement counts = browser.findElement(By.id("counts"));
        assertDisplayed(counts);
        assertEquals("1 passed, 1 failed, 0 skipped of 2 scenarios", counts.getText());
        WebElement failure = browser.findElement(By.cssSelector("#failures .scenario.FAILED .diff"));
        assertDisplayed(failure);
        assertTrue(browser.findElement(By.cssSelector("#failures .failure code")).getText().contains("determination.outcome == MEETS_MEDICAL_NECESSITY"));
        assertTrue(failure.getText().contains("MEETS_MEDICAL_NECESSITY") && failure.getText().contains("NOT_MEDICALLY_NECESSARY"),
                failure.getText());
        WebElement figure = browser.findElement(By.cssSelector("#coverage-figures .figure"));
        assertDisplayed(figure);
        assertTrue(figure.getText().matches("\\d+ of \\d+ clauses \\(\\d+\\.\\d%\\)"), figure.getText());
        screenshot("scenario-report");

        open(reports.resolve("clause-coverage.html"));
        WebElement percent = browser.findElement(By.cssSelector("#coverage-summary .figure[data-guideline='04-77260-19']"));
        assertDisplayed(percent);
        assertTrue(percent.getText().matches("\\d+\\.\\d%"), percent.getText());
        assertTrue(browser.findElement(By.cssSelector("table.clauses")).isDisplayed(), "the clause-by-revision grid");
        WebElement uncovered = browser.findElement(By.xpath("//ul[@class='uncovered']/li[contains(., '04-77260-19/indication/bony-anatomy-fails')]"));
        assertDisplayed(uncovered);
        assertTrue(uncovered.getText().startsWith("policies/04-77260-19.groovy:20: "), uncovered.getText());
        screenshot("clause-coverage");
    }

    /**
     * The reports of this build's own scenario run, which the kit's build writes before the command
     * line's tests run (specs/ are the kit's tests): the figure for 04-77260-19 on screen is 100%.
     */
    @Test
    void theBuildsOwnReportsShowTheirCoverage() throws Exception {
        Path dir = Path.of("kit/target");
        Path coverage = dir.resolve("clause-coverage.html");
        Assumptions.assumeTrue(Files.exists(coverage), "run by mvn verify, after the scenarios");
        open(coverage);
        WebElement figure = browser.findElement(By.cssSelector("#coverage-summary .figure[data-guideline='04-77260-19']"));
        assertDisplayed(figure);
        assertEquals("100.0%", figure.getText());
        screenshot("build-clause-coverage");
        open(dir.resolve("scenario-report.html"));
        WebElement counts = browser.findElement(By.id("counts"));
        assertDisplayed(counts);
        assertTrue(counts.getText().matches("\\d+ passed, 0 failed, 0 skipped of \\d+ scenarios"), counts.getText());
        screenshot("build-scenario-report");
    }
}
