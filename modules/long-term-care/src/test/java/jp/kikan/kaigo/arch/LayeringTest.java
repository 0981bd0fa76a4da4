package jp.kikan.kaigo.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's layers: the qualification domain and the premium engine know no framework, the engine knows nothing
 * of the service, the use cases know no HTTP, nothing knows the API layer, and no other service's code is used but
 * the models generated from its contract.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.kaigo");

    @Test
    void domainAndEngineImportNoFramework() {
        noClasses().that().resideInAnyPackage("..shikaku.domain..", "jp.kikan.kaigo.hokenryo..", "jp.kikan.kaigo.futanwariai..", "jp.kikan.kaigo.nintei..",
                "jp.kikan.kaigo.choshu..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..", "javax..",
                        "org.hibernate..", "io.agroal..", "io.smallrye..", "org.eclipse..", "io.vertx..")
                .check(CLASSES);
    }

    @Test
    void theEngineKnowsNothingOfTheService() {
        noClasses().that().resideInAnyPackage("jp.kikan.kaigo.hokenryo..", "..shikaku.domain..", "jp.kikan.kaigo.futanwariai..", "jp.kikan.kaigo.nintei..",
                "jp.kikan.kaigo.choshu..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.kaigo.api..", "jp.kikan.kaigo.application..",
                        "jp.kikan.kaigo.infrastructure..", "jp.kikan.kaigo.client..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiLayerKnowsHttp() {
        noClasses().that().resideOutsideOfPackage("jp.kikan.kaigo.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jp.kikan.kaigo.api..")
                .check(CLASSES);
    }

    @Test
    void noOtherServicesCodeButTheGeneratedModels() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jp.kikan.jumin..", "jp.kikan.chihozei..",
                "jp.kikan.kokuho..").check(CLASSES);
    }
}
