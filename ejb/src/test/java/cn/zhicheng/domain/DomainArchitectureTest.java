package cn.zhicheng.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The domain is the bottom layer: services and infrastructure use it, never the other way round. */
class DomainArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.zhicheng");

    @Test
    void theDomainDependsOnNeitherServicesNorInfrastructure() {
        noClasses().that().resideInAPackage("cn.zhicheng.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.zhicheng.application..", "cn.zhicheng.infrastructure..")
                .because("the aggregate and its rules must be testable and reusable without the EJBs (ARCHITECTURE §1)")
                .check(MAIN);
    }
}
