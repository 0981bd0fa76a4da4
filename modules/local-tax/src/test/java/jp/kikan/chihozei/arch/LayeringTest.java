package jp.kikan.chihozei.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service's layers: the domain knows no framework, the use cases know no HTTP, nothing knows the API layer. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.chihozei");

    @Test
    void domainImportsNoFramework() {
        noClasses().that().resideInAnyPackage("..nozeigimusha.domain..", "..shotoku.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..", "javax..",
                        "org.hibernate..", "io.agroal..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiLayerKnowsHttp() {
        noClasses().that().resideOutsideOfPackage("jp.kikan.chihozei.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jp.kikan.chihozei.api..")
                .check(CLASSES);
    }

    @Test
    void noOtherServicesCodeButTheGeneratedClient() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jp.kikan.jumin..").check(CLASSES);
    }
}
