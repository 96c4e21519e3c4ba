package cn.zhicheng.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.zhicheng.application.LoginService;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.Labelled;
import cn.zhicheng.web.shell.LoginView;

/**
 * The screens see the platform only through the service interfaces (ARCHITECTURE §1, "The web module"): the
 * interfaces of {@code cn.zhicheng.application} and the records they return (with the form's DTOs in {@code .form}
 * and the typed decisions in {@code .decision}), the domain's enums and value records,
 * and the refusals they throw. Never an entity, a service implementation, infrastructure or JPA.
 */
class WebArchitectureTest {

    // the web classes and, from the ejb module on the test classpath, everything they may reach
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.zhicheng");

    private static final DescribedPredicate<JavaClass> ENTITIES = DescribedPredicate.describe("JPA entities",
            c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                    || c.isAnnotatedWith(MappedSuperclass.class));

    private static final DescribedPredicate<JavaClass> DOMAIN_VALUES = DescribedPredicate.describe(
            "domain enums, records and refusals",
            c -> c.getPackageName().startsWith("cn.zhicheng.domain")
                    && (c.isEnum() || c.isRecord() || c.isAssignableTo(BusinessException.class)
                    || c.isEquivalentTo(Labelled.class)));

    @Test
    void theWebNeverTouchesEntitiesServiceImplementationsInfrastructureOrJpa() {
        noClasses().that().resideInAPackage("cn.zhicheng.web..")
                .should().dependOnClassesThat(resideInAnyPackage("cn.zhicheng.application.internal..",
                        "cn.zhicheng.infrastructure..", "jakarta.persistence..", "org.eclipse.persistence..")
                        .or(are(ENTITIES)))
                .check(CLASSES);
    }

    @Test
    void theWebUsesOnlyServiceInterfacesTheirRecordsAndDomainValues() {
        classes().that().resideInAPackage("cn.zhicheng.web..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("cn.zhicheng..")
                        .or(resideInAPackage("cn.zhicheng.web.."))
                        .or(resideInAnyPackage("cn.zhicheng.application", "cn.zhicheng.application.form",
                                "cn.zhicheng.application.decision", "cn.zhicheng.application.admin",
                                "cn.zhicheng.application.export", "cn.zhicheng.application.account").and(are(ENTITIES).negate()))
                        .or(DOMAIN_VALUES))
                .check(CLASSES);
    }

    @Test
    void theRulesSeeTheEjbModule() {
        // without the ejb classes on the test classpath the rules above would pass vacuously
        assertTrue(CLASSES.contain(LoginService.class) && CLASSES.contain(BusinessException.class)
                && CLASSES.contain(LoginView.class));
    }
}
