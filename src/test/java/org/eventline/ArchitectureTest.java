package org.eventline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows of code-conventions.md true. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.eventline");

  @Test
  void nothingDependsOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.eventline.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eventline.cli..")
        .check(CLASSES);
  }

  @Test
  void validateNeverDependsOnSuggestOrOutput() {
    noClasses()
        .that()
        .resideInAPackage("org.eventline.validate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eventline.suggest..",
            "org.eventline.evaluate..",
            "org.eventline.output..",
            "org.eventline.pipeline..")
        .check(CLASSES);
  }

  @Test
  void suggestAndEvaluateStayPure() {
    noClasses()
        .that()
        .resideInAnyPackage("org.eventline.suggest..", "org.eventline.evaluate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eventline.pipeline..",
            "org.eventline.validate..",
            "org.eventline.output..",
            "org.eventline.cli..")
        .check(CLASSES);
  }

  @Test
  void curationFilesDoNotDependOnSuggest() {
    noClasses()
        .that()
        .resideInAPackage("org.eventline.curation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.eventline.suggest..", "org.eventline.evaluate..")
        .check(CLASSES);
  }

  @Test
  void writersNeverDependOnValidate() {
    noClasses()
        .that()
        .resideInAPackage("org.eventline.output..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.eventline.validate..", "org.eventline.pipeline..")
        .check(CLASSES);
  }

  @Test
  void theCoreNeverTouchesThePipelineOrCli() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.eventline.article..",
            "org.eventline.curation..",
            "org.eventline.schema..",
            "org.eventline.quote..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eventline.pipeline..",
            "org.eventline.cli..",
            "org.eventline.output..",
            "org.eventline.validate..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineStartsTheWorkbenchAndTheWorkbenchWritesThroughThePipeline() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.eventline.cli..", "org.eventline.workbench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eventline.workbench..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.eventline.workbench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eventline.cli..", "org.eventline.output..", "org.eventline.evaluate..")
        .check(CLASSES);
  }

  private static void onlyDependsWithinSuggestOn(String pkg, String... allowed) {
    List<String> others = new ArrayList<>(List.of(SUGGEST_PARTS));
    others.remove(pkg);
    others.removeAll(List.of(allowed));
    List<String> forbidden = new ArrayList<>();
    for (String o : others) {
      forbidden.add("org.eventline.suggest." + o + "..");
    }
    noClasses()
        .that()
        .resideInAPackage("org.eventline.suggest." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new))
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.eventline.suggest")
        .check(CLASSES);
  }

  static final String[] SUGGEST_PARTS = {
    "text", "dates", "casualties", "places", "actors", "vocabulary"
  };

  @Test
  void suggestTextDependsOnNothingElseInSuggest() {
    onlyDependsWithinSuggestOn("text");
  }

  @Test
  void dateAndCasualtyReadersDependOnTextOnly() {
    onlyDependsWithinSuggestOn("dates", "text");
    onlyDependsWithinSuggestOn("casualties", "text");
  }

  @Test
  void placesDependOnTextAndVocabularyOnly() {
    onlyDependsWithinSuggestOn("places", "text", "vocabulary");
  }

  @Test
  void actorsDependOnTextPlacesAndVocabularyOnly() {
    onlyDependsWithinSuggestOn("actors", "text", "places", "vocabulary");
  }

  @Test
  void vocabularyFilesDependOnNothingElseInSuggest() {
    onlyDependsWithinSuggestOn("vocabulary");
  }

  @Test
  void theSuggestTopHoldsAtMostFifteenFiles() {
    long top =
        CLASSES.stream()
            .filter(c -> c.getPackageName().equals("org.eventline.suggest"))
            .filter(
                c -> c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info"))
            .count();
    assertTrue(top <= 15, "top-level classes in org.eventline.suggest: " + top);
    for (String part : SUGGEST_PARTS) {
      assertTrue(
          CLASSES.stream()
              .anyMatch(c -> c.getPackageName().equals("org.eventline.suggest." + part)),
          "no classes in org.eventline.suggest." + part);
    }
  }
}
