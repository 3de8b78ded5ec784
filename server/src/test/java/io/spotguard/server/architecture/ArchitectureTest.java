package io.spotguard.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layering DESIGN.md promises, checked on the compiled main classes. */
class ArchitectureTest {
    private static final List<String> FEATURES = List.of("auth", "rbac", "tenancy", "users", "audit", "devices", "me",
            "health");
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.spotguard.model", "io.spotguard.server");
    }

    @Test
    void sharedModelDependsOnNeitherHelidonNorJavaFxNorTheServer() {
        ArchRule rule = noClasses().that().resideInAPackage("io.spotguard.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.helidon..", "javafx..", "io.spotguard.server..");

        rule.check(classes);
    }

    @Test
    void serverPackagesAreFreeOfCycles() {
        ArchRule rule = slices().matching("io.spotguard.server.(*)..").should().beFreeOfCycles();

        rule.check(classes);
    }

    static Stream<String> foundations() {
        return Stream.of("config", "db", "http", "security", "credentials");
    }

    /** Request-level security and the plumbing sit below the features: features use them, never the reverse. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("foundations")
    void foundationsDependOnNoFeature(String foundation) {
        ArchRule rule = noClasses().that().resideInAPackage("io.spotguard.server." + foundation + "..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(feature -> "io.spotguard.server." + feature + "..").toArray(String[]::new));

        rule.check(classes);
    }

    /** Routes are registered only through SecuredRoutes, so none can be added without declaring its access. */
    @Test
    void featuresRegisterRoutesOnlyWithTheirAccessDeclared() {
        ArchRule rule = noClasses().that().resideInAnyPackage(FEATURES.stream()
                        .map(feature -> "io.spotguard.server." + feature + "..").toArray(String[]::new))
                .should().dependOnClassesThat().haveFullyQualifiedName("io.helidon.webserver.http.HttpRules")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.helidon.webserver.http.HttpService");

        rule.check(classes);
    }

    @Test
    void repositoriesArePackagePrivate() {
        ArchRule rule = classes().that().resideInAPackage("io.spotguard.server..")
                .and().haveSimpleNameEndingWith("Repository")
                .should().bePackagePrivate();

        rule.check(classes);
    }

    @Test
    void serverNeverPrintsStackTraces() {
        ArchRule rule = noClasses().that().resideInAPackage("io.spotguard.server..")
                .should().callMethodWhere(DescribedPredicate.describe("printStackTrace",
                        (JavaMethodCall call) -> call.getTarget().getName().equals("printStackTrace")));

        rule.check(classes);
    }

    @Test
    void sharedModelAndServerClassesWereImported() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("io.spotguard.model")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("io.spotguard.server.rbac")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getSimpleName()))
                .contains("UserRepository", "RbacRepository", "TenancyRepository", "SessionRepository",
                        "AuditRepository")
                .doesNotContain("ArchitectureTest", "TestServer");
    }
}
