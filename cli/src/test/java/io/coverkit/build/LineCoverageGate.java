package io.coverkit.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The build's line coverage gate over every module: JaCoCo's own check looks at one module's
 * classes with that module's tests, while coverkit's modules are exercised mostly by the tests of
 * the modules above them. This reads the aggregate report the last module writes and fails the
 * build when the covered share of lines is under the minimum.
 */
public final class LineCoverageGate {

    private LineCoverageGate() {}

    /**
     * Checks the report.
     *
     * @param args the aggregate {@code jacoco.xml} and the minimum covered ratio (0 to 1)
     */
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        double minimum = Double.parseDouble(args[1]);
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("no coverage report at " + report + "; did the tests run?");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The report names JaCoCo's DTD, which is neither needed nor fetched.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        long missed = -1;
        long covered = -1;
        // The report's own counters are its last direct children named "counter".
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("counter") && e.getAttribute("type").equals("LINE")) {
                missed = Long.parseLong(e.getAttribute("missed"));
                covered = Long.parseLong(e.getAttribute("covered"));
            }
        }
        if (covered < 0) {
            throw new IllegalStateException(report + " has no line counter");
        }
        double ratio = (double) covered / (covered + missed);
        String line = String.format(Locale.ROOT, "line coverage of all modules: %.1f%% (%d of %d lines; minimum %.0f%%)",
                100 * ratio, covered, covered + missed, 100 * minimum);
        System.out.println(line);
        if (ratio < minimum) {
            throw new IllegalStateException("line coverage gate failed: " + line);
        }
    }
}
