package jp.kikan.kokuho.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's layers: the domain and the premium engine know no framework, the use cases know no HTTP, nothing
 * knows the API layer, and no other service's code is used but the models generated from its contract.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.kokuho");

    @Test
    void domainAndEngineImportNoFramework() {
        noClasses().that().resideInAnyPackage("..shikaku.domain..", "jp.kikan.kokuho.hokenzei..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..", "javax..",
                        "org.hibernate..", "io.agroal..", "io.smallrye..", "org.eclipse..", "io.vertx..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theEngineKnowsNothingOfTheService() {
        noClasses().that().resideInAnyPackage("jp.kikan.kokuho.hokenzei..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.kokuho.api..", "jp.kikan.kokuho.application..",
                        "jp.kikan.kokuho.infrastructure..", "jp.kikan.kokuho.client..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheApiLayerKnowsHttp() {
        noClasses().that().resideOutsideOfPackage("jp.kikan.kokuho.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jp.kikan.kokuho.api..")
                .check(CLASSES);
    }

    @Test
    void noOtherServicesCodeButTheGeneratedModels() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jp.kikan.jumin..", "jp.kikan.chihozei..")
                .check(CLASSES);
    }
}
