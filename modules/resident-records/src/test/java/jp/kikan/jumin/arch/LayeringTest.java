package jp.kikan.jumin.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the code relies on: domain is plain Java, the application talks to ports, not adapters. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.jumin");

    @Test
    void domainHasNoFrameworkImports() {
        noClasses().that().resideInAPackage("jp.kikan.jumin.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "com.fasterxml..", "io.smallrye..", "jp.kikan.jumin.application..", "jp.kikan.jumin.api..",
                        "jp.kikan.jumin.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void applicationDoesNotDependOnAdaptersOrPersistence() {
        noClasses().that().resideInAPackage("jp.kikan.jumin.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.jumin.api..",
                        "jp.kikan.jumin.infrastructure..", "org.hibernate..", "jakarta.persistence..", "io.agroal..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiLayerKnowsHttp() {
        noClasses().that().resideOutsideOfPackage("jp.kikan.jumin.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }
}
