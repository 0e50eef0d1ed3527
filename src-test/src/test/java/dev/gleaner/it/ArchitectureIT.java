package dev.gleaner.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
                        "javafx..", "atlantafx..", "dev.gleaner.app.ui..", "dev.gleaner.app.cli..", "picocli..")
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
}
