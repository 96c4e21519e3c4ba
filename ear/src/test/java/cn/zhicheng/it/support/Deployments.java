package cn.zhicheng.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

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
}
