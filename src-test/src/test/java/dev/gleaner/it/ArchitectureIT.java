package dev.gleaner.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureIT {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gleaner");
    }

    @Test
    void coreDependsOnNothingOfOursAndNoUiSearchOrParsingLibrary() {
        noClasses()
                .that()
                .resideInAPackage("dev.gleaner.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.gleaner.ingest..",
                        "dev.gleaner.index..",
                        "dev.gleaner.exporter..",
                        "dev.gleaner.app..",
                        "javafx..",
                        "org.apache.lucene..",
                        "org.jsoup..",
                        "com.rometools..",
                        "com.vladsch.flexmark..")
                .check(classes);
    }

    @Test
    void ingestIndexAndExporterNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("dev.gleaner.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.gleaner.index..", "dev.gleaner.exporter..", "dev.gleaner.app..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("dev.gleaner.index..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.gleaner.ingest..", "dev.gleaner.exporter..", "dev.gleaner.app..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("dev.gleaner.exporter..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.gleaner.ingest..", "dev.gleaner.index..", "dev.gleaner.app..")
                .check(classes);
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.gleaner.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void useCasesKnowNoWindowAndNoCommandLine() {
        // The command line and the window both call the use cases; a use case that needed either
        // could not serve the other.
        noClasses()
                .that()
                .resideInAPackage("dev.gleaner.app.usecase..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "atlantafx..",
                        "dev.gleaner.app.ui..",
                        "dev.gleaner.app.fx..",
                        "dev.gleaner.app.cli..",
                        "picocli..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theModulesHaveNoCycles() {
        slices().matching("dev.gleaner.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void appFeaturePackagesHaveNoCycles() {
        // The window's shell (dev.gleaner.app.ui) puts the features together and what every view
        // shares (texts, status bar, background work) lives in dev.gleaner.app.fx, so no package of
        // app needs one that needs it back: a feature can be tested, changed or left out alone.
        slices().matching("dev.gleaner.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCompositionRootBuildsUseCases() {
        // Services builds the use cases of a workspace; commands, views and ViewModels are handed
        // theirs (so a test can hand them its own). The records a use case returns are not meant.
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> useCase =
                com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a use case",
                        call -> call.getTargetOwner().getPackageName().equals("dev.gleaner.app.usecase")
                                && call.getTargetOwner().isTopLevelClass());
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.gleaner.app.usecase..")
                .and()
                .doNotHaveFullyQualifiedName("dev.gleaner.app.Services")
                .should()
                .callConstructorWhere(useCase)
                .check(classes);
    }
}
