package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What ESIBE publishes, as a host meets it: the library jars' manifests and module descriptors,
 * and the bill of materials, which lists the published modules and nothing else.
 *
 * <p>The jar checks read the jars that the reactor build packaged before this module's tests
 * ({@code ./mvnw verify}); a build that stops at {@code test} puts the modules' class folders on the
 * class path instead, and then they are skipped with a message saying so. (The project's url and
 * scm in the published POMs are checked by the enforcer in every module's build: see the parent POM.)
 */
class PublishingTest {

    /** The build's root folder: the tests run in esibe-examples. */
    private static final Path ROOT = Path.of("..");
    /** This build's version, passed by Surefire (the POM's {@code project.version}). */
    private static final String VERSION = System.getProperty("esibe.version", "");
    /** The modules published to Maven Central besides the BOM (docs/RELEASING.md). */
    private static final Set<String> PUBLISHED = Set.of("esibe-core", "esibe-rules", "esibe-io", "esibe-support");

    /**
     * Each manifest names the module, its version and vendor (so that a host can log which ESIBE it
     * runs), and each jar has a module descriptor with the documented name and no
     * {@code Automatic-Module-Name} contradicting it.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            it.esibe.core.ApplicationEvaluator | it.esibe.core    | ESIBE core
            it.esibe.rules.Esibe               | it.esibe.rules   | ESIBE rules
            it.esibe.io.ApplicationJson        | it.esibe.io      | ESIBE I/O
            it.esibe.support.SupportMatcher    | it.esibe.support | ESIBE support
            """)
    void eachJarNamesItsModuleVersionAndVendor(String className, String moduleName, String title)
            throws ClassNotFoundException, URISyntaxException, IOException {
        Path location = Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(Files.isRegularFile(location),
                () -> moduleName + " comes from " + location + ", not from its jar: run ./mvnw verify to check the jars");
        assertThat(VERSION).as("the build's version, from Surefire").isNotBlank();

        Manifest manifest;
        try (JarFile jar = new JarFile(location.toFile())) {
            manifest = jar.getManifest();
        }
        Attributes main = manifest.getMainAttributes();
        assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).isEqualTo(title);
        assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(VERSION);
        assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VENDOR)).isEqualTo("The ESIBE developers");

        Set<ModuleReference> modules = ModuleFinder.of(location).findAll();
        assertThat(modules).hasSize(1);
        ModuleDescriptor descriptor = modules.iterator().next().descriptor();
        assertThat(descriptor.isAutomatic()).as("%s has a module descriptor", location.getFileName()).isFalse();
        assertThat(descriptor.name()).isEqualTo(moduleName);
        assertThat(main.getValue("Automatic-Module-Name")).as("Automatic-Module-Name of %s", location.getFileName())
                .isIn(null, moduleName);
    }

    /**
     * The BOM manages exactly the published modules; every other module of the build (examples,
     * the regional example, benchmarks) is never installed nor deployed.
     */
    @Test
    void theBomListsThePublishedModulesAndTheOthersAreNeverInstalledNorDeployed() throws Exception {
        Element bom = pom(ROOT.resolve("esibe-bom/pom.xml"));
        Set<String> managed = new TreeSet<>();
        for (Element d : all(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertThat(text(d, "groupId")).isEqualTo("it.esibe");
            managed.add(text(d, "artifactId"));
        }
        assertThat(managed).isEqualTo(new TreeSet<>(PUBLISHED));

        List<String> modules = new ArrayList<>();
        for (Element m : all(child(pom(ROOT.resolve("pom.xml")), "modules"), "module")) {
            modules.add(m.getTextContent().trim());
        }
        assertThat(modules).containsAll(PUBLISHED).contains("esibe-bom", "esibe-examples", "esibe-bench");
        for (String module : modules) {
            if (PUBLISHED.contains(module) || module.equals("esibe-bom")) {
                continue;
            }
            Element properties = child(pom(ROOT.resolve(module).resolve("pom.xml")), "properties");
            assertThat(text(properties, "maven.install.skip")).as("%s: maven.install.skip", module).isEqualTo("true");
            assertThat(text(properties, "maven.deploy.skip")).as("%s: maven.deploy.skip", module).isEqualTo("true");
        }
    }

    private static Element pom(Path file) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        return doc.getDocumentElement();
    }

    /** The element's only child named {@code name}. */
    private static Element child(Element parent, String name) {
        List<Element> found = all(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    private static List<Element> all(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
