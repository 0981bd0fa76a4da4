package jp.kikan.chihozei.koteishisanzei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The 固定資産税 engine is plain Java: no framework in the domain or parameters; Jackson only in the loader. */
class KoteiArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.kikan.chihozei.koteishisanzei");

    @Test
    void domainAndParametersImportNoFramework() {
        noClasses().that().resideInAnyPackage("..koteishisanzei.domain..", "..koteishisanzei.parameter")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..", "javax..",
                        "org.hibernate..", "io.smallrye..", "org.yaml..")
                .check(CLASSES);
    }

    @Test
    void engineImportsNoFrameworkButTheLoadersJackson() {
        noClasses().that().resideInAnyPackage("jp.kikan.chihozei.koteishisanzei..")
                .and().resideOutsideOfPackage("..koteishisanzei.parameter.loader..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.quarkus..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotKnowHowParametersAreLoaded() {
        noClasses().that().resideInAnyPackage("..koteishisanzei.domain..", "..koteishisanzei.parameter")
                .should().dependOnClassesThat().resideInAPackage("..koteishisanzei.parameter.loader..")
                .check(CLASSES);
    }

    @Test
    void domainRecordsDoNotDependOnTheRules() {
        noClasses().that().resideInAPackage("..koteishisanzei.domain")
                .should().dependOnClassesThat().resideInAnyPackage("..koteishisanzei.domain.policy..", "..koteishisanzei.parameter..")
                .check(CLASSES);
    }
}
