package de.casebook.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @ArchTest
    static final ArchRule otherFeaturesDoNotDependOnMentoring = noClasses()
            .that().resideOutsideOfPackage("de.casebook.app.mentoring..")
            .should().dependOnClassesThat().resideInAPackage("de.casebook.app.mentoring..");
}
