package io.spotguard.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the console is built on, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses console;

    @BeforeAll
    static void importConsole() {
        console = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.spotguard.desktop");
    }

    @Test
    void consoleNeverDependsOnServerCode() {
        noClasses().that().resideInAPackage("io.spotguard.desktop..")
                .should().dependOnClassesThat().resideInAPackage("io.spotguard.server..")
                .check(console);
    }

    @Test
    void viewModelsHoldNoControlsOrLayouts() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
                .check(console);
    }

    @Test
    void viewModelsNeverReachForViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(console);
    }

    @Test
    void apiClientKnowsNothingOfTheScreen() {
        noClasses().that().resideInAPackage("io.spotguard.desktop.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(console);
    }
}
