package cn.zhicheng.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import cn.zhicheng.it.support.remote.KitServlet;

/**
 * The deployments of the integration tests: the EAR exactly as built, plus (for in-container tests) a small
 * library with the test classes and their support code.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The built EAR, as the README's run command deploys it (browser tests). */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("zc.ear")));
    }

    /** The built EAR plus the given test classes and this support package, run inside the server. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "zhicheng-tests.jar")
                .addPackage(Deployments.class.getPackage())
                .addClasses(testClasses);
        ear.addAsLibrary(tests);
        // the tests switch identities through Elytron's API (see Users)
        ear.delete("META-INF/jboss-deployment-structure.xml");
        ear.addAsManifestResource(new StringAsset("""
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                    <deployment>
                        <exclusions><module name="org.hibernate"/></exclusions>
                        <dependencies><module name="org.wildfly.security.elytron"/></dependencies>
                    </deployment>
                </jboss-deployment-structure>
                """), "jboss-deployment-structure.xml");
        return ear;
    }

    /**
     * {@link #earWithTests} plus the tests' own WAR ({@code /zhicheng-it}) serving the server kit, so that a
     * {@code @RunAsClient} browser test can prepare cases and read the database inside the server through
     * {@link cn.zhicheng.it.support.remote.Remote}.
     */
    public static EnterpriseArchive earWithKit(Class<?>... testClasses) {
        EnterpriseArchive ear = earWithTests(testClasses);
        ear.getAsType(JavaArchive.class, "lib/zhicheng-tests.jar").addPackage(KitServlet.class.getPackage());
        // the server-side steps may assert with JUnit's Assertions (a testable deployment would bring them)
        ear.addAsLibraries(jarOf(org.junit.jupiter.api.Assertions.class), jarOf(org.opentest4j.AssertionFailedError.class));
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "zhicheng-it.war").setWebXML(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <servlet><servlet-name>kit</servlet-name>
                        <servlet-class>cn.zhicheng.it.support.remote.KitServlet</servlet-class></servlet>
                    <servlet-mapping><servlet-name>kit</servlet-name><url-pattern>/call</url-pattern></servlet-mapping>
                </web-app>
                """)));
        String applicationXml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml.replace("<library-directory>",
                "<module><web><web-uri>zhicheng-it.war</web-uri><context-root>/zhicheng-it</context-root></web></module>"
                        + "<library-directory>")));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
