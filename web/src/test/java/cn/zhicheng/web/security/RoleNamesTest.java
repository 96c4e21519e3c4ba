package cn.zhicheng.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import cn.zhicheng.domain.model.party.Role;

/**
 * The list of roles is {@link Role}: every role name the security configuration uses (web.xml, the web module's
 * {@code @DeclareRoles}, every {@code @RolesAllowed}/{@code @DeclareRoles}/{@code @RunAs} of the EJB module) is one of
 * its names, and the roles accounts hold are exactly those the web application declares.
 */
class RoleNamesTest {

    private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");

    /** The roles an account can hold: all but the platform's run-as identity. */
    private static final Set<String> ACCOUNT_ROLES = EnumSet.complementOf(EnumSet.of(Role.SYSTEM)).stream()
            .map(Role::name).collect(Collectors.toCollection(TreeSet::new));

    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toSet());

    @Test
    void everyAnnotationConstantIsItsRolesName() throws Exception {
        for (Role role : Role.values()) {
            Field constant = Role.class.getField(role.name() + "_NAME");
            assertEquals(role.name(), constant.get(null));
        }
        long constants = Arrays.stream(Role.class.getFields()).filter(f -> f.getName().endsWith("_NAME")).count();
        assertEquals(Role.values().length, constants, "one _NAME constant per role, no stale ones");
    }

    @Test
    void webXmlDeclaresExactlyTheAccountRolesAndConstrainsOnlyWithThem() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(WEB_XML.toFile());
        Set<String> declared = new TreeSet<>();
        NodeList securityRoles = document.getElementsByTagName("security-role");
        for (int i = 0; i < securityRoles.getLength(); i++) {
            declared.add(securityRoles.item(i).getTextContent().strip());
        }
        assertEquals(ACCOUNT_ROLES, declared);

        NodeList names = document.getElementsByTagName("role-name");
        assertTrue(names.getLength() > declared.size(), "the constraints name roles too");
        for (int i = 0; i < names.getLength(); i++) {
            String name = names.item(i).getTextContent().strip();
            assertTrue(ACCOUNT_ROLES.contains(name), "web.xml names a role no account holds: " + name);
        }
    }

    @Test
    void theWebModuleDeclaresTheAccountRoles() {
        DeclareRoles declared = SecurityConfiguration.class.getAnnotation(DeclareRoles.class);
        assertEquals(ACCOUNT_ROLES, new TreeSet<>(List.of(declared.value())));
    }

    @Test
    void everyRoleNameInTheEjbModuleIsARole() throws Exception {
        List<String> used = new ArrayList<>();
        for (Class<?> type : ejbClasses()) {
            collect(type, used);
            for (var method : type.getDeclaredMethods()) {
                collect(method, used);
            }
        }
        assertTrue(used.contains(Role.SYSTEM_NAME), "the platform's identity is used by a @RunAs bean");
        assertTrue(used.size() > 10, "annotations found: " + used);
        for (String name : used) {
            assertTrue(ROLE_NAMES.contains(name), "not a role: " + name);
        }
    }

    @Test
    void thePlatformsIdentityIsNoWebRole() throws Exception {
        assertFalse(Files.readString(WEB_XML).contains(">" + Role.SYSTEM_NAME + "<"));
    }

    private static void collect(AnnotatedElement element, List<String> into) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            into.addAll(List.of(allowed.value()));
        }
        DeclareRoles declared = element.getAnnotation(DeclareRoles.class);
        if (declared != null) {
            into.addAll(List.of(declared.value()));
        }
        RunAs runAs = element.getAnnotation(RunAs.class);
        if (runAs != null) {
            into.add(runAs.value());
        }
    }

    /** Every class of the EJB module (a directory in the reactor, a jar otherwise). */
    private static List<Class<?>> ejbClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                names = files.map(p -> location.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".class")).toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                names = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (!name.contains("-")) {
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false, RoleNamesTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
