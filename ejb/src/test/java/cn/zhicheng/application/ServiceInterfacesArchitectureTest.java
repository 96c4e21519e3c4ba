package cn.zhicheng.application;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;


/**
 * The service interfaces are what the screens may see (the web module's {@code WebArchitectureTest}), so they and
 * their records must not hand out entities, implementations or infrastructure either.
 */
class ServiceInterfacesArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.zhicheng");

    private static final DescribedPredicate<JavaClass> ENTITIES = DescribedPredicate.describe("JPA entities",
            c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                    || c.isAnnotatedWith(MappedSuperclass.class));

    @Test
    void serviceInterfacesAndTheirRecordsExposeNoEntitiesImplementationsOrInfrastructure() {
        noClasses().that().resideInAnyPackage("cn.zhicheng.application", "cn.zhicheng.application.form..",
                        "cn.zhicheng.application.decision..", "cn.zhicheng.application.admin..",
                        "cn.zhicheng.application.export..", "cn.zhicheng.application.account..")
                .should().dependOnClassesThat(are(ENTITIES))
                .orShould().dependOnClassesThat().resideInAnyPackage("cn.zhicheng.application.internal..",
                        "cn.zhicheng.infrastructure..", "jakarta.persistence..")
                .check(MAIN);
    }
}
