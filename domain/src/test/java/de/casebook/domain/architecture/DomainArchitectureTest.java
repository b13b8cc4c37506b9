package de.casebook.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "de.casebook.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoSpring = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule domainKnowsNoCamunda = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule messagesDoNotKnowAggregates = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("de.casebook.domain.mentoring");
}
