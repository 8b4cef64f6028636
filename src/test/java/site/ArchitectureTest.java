package site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("site");
    }

    @Test
    void builderAndApiNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("site.builder..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("site.api..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("site.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("site.builder..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void configIsTheGroundFloor() {
        noClasses()
                .that()
                .resideInAPackage("site.builder.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "site.builder.content..",
                        "site.builder.markdown..",
                        "site.builder.render..",
                        "site.builder.output..",
                        "site.builder.serve..")
                .check(classes);
    }

    @Test
    void contentAndMarkdownDependOnlyOnConfig() {
        noClasses()
                .that()
                .resideInAPackage("site.builder.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("site.builder.markdown..", "site.builder.render..", "site.builder.output..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("site.builder.markdown..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("site.builder.content..", "site.builder.render..", "site.builder.output..")
                .check(classes);
    }

    @Test
    void outputDependsOnNothingElseInTheBuilder() {
        noClasses()
                .that()
                .resideInAPackage("site.builder.output..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "site.builder.config..",
                        "site.builder.content..",
                        "site.builder.markdown..",
                        "site.builder.render..")
                .check(classes);
    }

    @Test
    void renderDoesNotWriteOutput() {
        noClasses()
                .that()
                .resideInAPackage("site.builder.render..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("site.builder.output..")
                .check(classes);
    }

    @Test
    void eachLibraryStaysInItsPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("site.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("site.builder.render..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("gg.jte..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("site.cli.logging..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("ch.qos.logback..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("site.builder.markdown..", "site.api.comments..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vladsch.flexmark..")
                .check(classes);
    }

    @Test
    void onlyTheCliAndServeDriveTheBuild() {
        classes()
                .that()
                .haveSimpleName("SiteBuilder")
                .should()
                .onlyBeAccessed()
                .byAnyPackage("site.builder", "site.cli..", "site.builder.serve..")
                .check(classes);
    }
}
