package jp.kikan.chihozei.kojinjuminzei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no framework in the domain or the typed parameters; Jackson only in the loader. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.chihozei.kojinjuminzei");

    @Test
    void domainAndParametersImportNoFramework() {
        noClasses().that().resideInAnyPackage("..kojinjuminzei.domain..", "..kojinjuminzei.parameter")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..", "javax..",
                        "org.hibernate..", "io.smallrye..", "org.yaml..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotKnowHowParametersAreLoaded() {
        noClasses().that().resideInAnyPackage("..kojinjuminzei.domain..", "..kojinjuminzei.parameter")
                .should().dependOnClassesThat().resideInAPackage("..kojinjuminzei.parameter.loader..")
                .check(CLASSES);
    }

    @Test
    void domainRecordsDoNotDependOnTheRules() {
        noClasses().that().resideInAPackage("..kojinjuminzei.domain")
                .should().dependOnClassesThat().resideInAnyPackage("..kojinjuminzei.domain.policy..", "..kojinjuminzei.parameter..")
                .check(CLASSES);
    }
}
