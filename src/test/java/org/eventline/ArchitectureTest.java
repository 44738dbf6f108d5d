package org.eventline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows between packages that package-info.java files promise. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.eventline");

  @Test
  void validateNeverDependsOnSuggest() {
    noClasses()
        .that()
        .resideInAPackage("..validate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..suggest..", "..evaluate..")
        .check(CLASSES);
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..cli..")
        .check(CLASSES);
  }

  @Test
  void suggestAndEvaluateStayPure() {
    noClasses()
        .that()
        .resideInAnyPackage("..suggest..", "..evaluate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..pipeline..", "..validate..", "..output..", "..cli..")
        .check(CLASSES);
  }

  @Test
  void curationDoesNotDependOnSuggest() {
    noClasses()
        .that()
        .resideInAPackage("..curation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.eventline.suggest..", "org.eventline.schema..")
        .check(CLASSES);
  }
}
