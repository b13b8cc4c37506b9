package de.casebook.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** The module layering of architecture.md, checked on the compiled classes of all modules. */
@AnalyzeClasses(packages = "de.casebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoOtherModule = noClasses().that().resideInAPackage("de.casebook.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("de.casebook.processes..", "de.casebook.app..",
                    "org.springframework..", "org.camunda..");

    @ArchTest
    static final ArchRule processesDoNotKnowTheApplication = noClasses().that().resideInAPackage("de.casebook.processes..")
            .should().dependOnClassesThat().resideInAPackage("de.casebook.app..");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    /** The four case types of the application stand side by side; what they share lives in cases or platform. */
    @ArchTest
    static final ArchRule caseTypesDoNotDependOnEachOther = slices()
            .matching("de.casebook.app.(mentoring|card|honours|network)..")
            .should().notDependOnEachOther();
}
