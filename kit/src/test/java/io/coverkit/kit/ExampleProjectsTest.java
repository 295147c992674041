package io.coverkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The example projects under examples/ build against the artifacts this build installs (CI builds
 * them right after): they must ask for this version, and the policy team's repository for the kit
 * alone, in test scope, as the README tells a team to.
 */
class ExampleProjectsTest {

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    private static String property(Document pom, String name) {
        NodeList properties = pom.getElementsByTagName("properties");
        return properties.getLength() == 0 ? "" : child((Element) properties.item(0), name);
    }

    /** Every dependency of the project (not of its dependency management) on an io.coverkit artifact, as artifact:scope. */
    private static List<String> coverkitDependencies(Document pom) {
        List<String> out = new ArrayList<>();
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            boolean managed = d.getParentNode().getParentNode() instanceof Element p && p.getTagName().equals("dependencyManagement");
            if (!managed && child(d, "groupId").equals("io.coverkit")) {
                out.add(child(d, "artifactId") + ":" + (child(d, "scope").isEmpty() ? "compile" : child(d, "scope")));
            }
        }
        return out;
    }

    @Test
    void theExamplesAskForTheVersionThisBuildInstalls() throws Exception {
        String version = child(pom(Path.of("pom.xml")).getDocumentElement(), "version");
        for (String example : List.of("policy-repo", "service")) {
            Document pom = pom(Path.of("examples", example, "pom.xml"));
            assertEquals(version, property(pom, "coverkit.version"), "examples/" + example + "/pom.xml's coverkit.version");
            assertEquals("", child(pom.getDocumentElement(), "parent"), "examples/" + example + " stands alone, as another repository would");
        }
    }

    @Test
    void thePolicyTeamsRepositoryDependsOnTheKitAloneInTestScope() throws Exception {
        Document pom = pom(Path.of("examples", "policy-repo", "pom.xml"));
        assertEquals(List.of("coverkit-kit:test"), coverkitDependencies(pom));
        assertEquals("100", property(pom, "coverkit.clause.threshold"), "its gate asks for every clause of every guideline");
        assertTrue(pom.getDocumentElement().getTextContent().contains("io.coverkit.coverage.CoverageGate"), "its build runs the gate");
    }

    @Test
    void theServiceDependsOnTheCoreAndDecidesUnderSpringBootsDependencyManagement() throws Exception {
        Document pom = pom(Path.of("examples", "service", "pom.xml"));
        // the project's own dependencies first, then the policy-files profile's (getElementsByTagName is document order)
        assertEquals(List.of("coverkit-core:compile", "coverkit-dsl:compile"), coverkitDependencies(pom),
                "a service deploying bundles needs the core alone; the DSL comes only with the profile that reads policy files");
        Element profile = (Element) pom.getElementsByTagName("profile").item(0);
        assertEquals("policy-files", child(profile, "id"));
        assertTrue(child(profile, "dependencies").contains("coverkit-dsl"), "the DSL is the profile's");
        assertFalse(child(pom.getDocumentElement(), "dependencies").contains("coverkit-dsl"), "the service itself carries no DSL");
        assertTrue(pom.getDocumentElement().getTextContent().contains("spring-boot-dependencies"), "it imports Spring Boot's BOM");
    }
}
