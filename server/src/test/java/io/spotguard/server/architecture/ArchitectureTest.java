package io.spotguard.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    private static final List<String> FEATURES = List.of("auth", "rbac", "tenancy", "users", "audit", "devices");
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

    static Stream<String> features() {
        return FEATURES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void noOtherFeatureReachesIntoThisFeaturesRepository(String feature) {
        String featurePackage = "io.spotguard.server." + feature + "..";
        ArchRule rule = noClasses().that().resideOutsideOfPackage(featurePackage)
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are repositories of " + feature,
                        c -> c.getPackageName().startsWith("io.spotguard.server." + feature)
                                && c.getSimpleName().endsWith("Repository")));

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
