package io.spotguard.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the console is built on, checked on the compiled classes. */
class ArchitectureTest {
    private static final String CONSOLE = "io.spotguard.desktop";
    /**
     * Not features: what every screen may use (api, ui, session), and the main window, which ties the sections'
     * screens together (screens cannot use it: that would be a cycle). Any other package is a feature.
     */
    private static final Set<String> SHARED = Set.of("api", "ui", "session", "main");

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

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(CONSOLE + ".(*)..").should().beFreeOfCycles().check(console);
    }

    /**
     * The start-up package (App and what only it uses) sits on top. When Navigation, Session and Rights lived
     * there, every screen reached back into it while App built every screen: one cycle through all of them,
     * which the slice rule above cannot see because the top package is no slice.
     */
    @Test
    void nothingDependsOnTheStartUpPackage() {
        noClasses().that().resideOutsideOfPackage(CONSOLE)
                .should().dependOnClassesThat().resideInAPackage(CONSOLE)
                .check(console);
    }

    /** A feature reaches another only through what is shared; the main window's sections tie them together. */
    @Test
    void featuresDoNotDependOnEachOther() {
        slices().matching(CONSOLE + ".(*)..")
                .that(DescribedPredicate.describe("are features", slice -> !SHARED.contains(slice.getNamePart(1))))
                .should().notDependOnEachOther()
                .check(console);
    }
}
