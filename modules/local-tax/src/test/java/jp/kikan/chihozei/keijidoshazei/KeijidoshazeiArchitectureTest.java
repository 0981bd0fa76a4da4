package jp.kikan.chihozei.keijidoshazei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The 軽自動車税 engine is plain Java: no framework in the domain or the typed parameters; Jackson only in the loader. */
class KeijidoshazeiArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.chihozei.keijidoshazei");

    @Test
    void shouldKeepTheDomainAndParametersFreeOfAnyFramework() {
        noClasses().that().resideInAnyPackage("..keijidoshazei.domain..", "..keijidoshazei.parameter")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..", "javax..",
                        "org.hibernate..", "io.smallrye..", "org.yaml..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheDomainUnawareOfHowParametersAreLoaded() {
        noClasses().that().resideInAnyPackage("..keijidoshazei.domain..", "..keijidoshazei.parameter")
                .should().dependOnClassesThat().resideInAPackage("..parameter.loader..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheRecordsFreeOfTheRules() {
        noClasses().that().resideInAPackage("..keijidoshazei.domain")
                .should().dependOnClassesThat().resideInAnyPackage("..keijidoshazei.domain.policy..", "..keijidoshazei.parameter..")
                .check(CLASSES);
    }
}
