package de.casebook.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    /**
     * Only the event store adapter, the read models and the audit trail (which checks the bytes as
     * stored) touch the event table; everything else reads events through Axon (so upcasters apply)
     * or reads the read models.
     */
    @ArchTest
    static final ArchRule onlyTheEventStoreAndTheReadModelsReadTheEventTable = noClasses()
            .that().resideOutsideOfPackages("de.casebook.app.eventstore..", "de.casebook.app.readmodel..",
                    "de.casebook.app.audit..")
            .should(mentionInTheirCode("domainevententry"));

    /**
     * The case types of the application stand side by side; what they share lives in cases or platform.
     * The trainer pathway builds on the mentor programme (it reads mentor cases and keeps the
     * programme's trainer register); the programme knows only that port, not the pathway.
     */
    @ArchTest
    static final ArchRule caseTypesDoNotDependOnEachOther = slices()
            .matching("de.casebook.app.(mentoring|card|honours|network|training)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("de.casebook.app.training.."), resideInAPackage("de.casebook.app.mentoring.."));

    /** The class file names the text (as SQL in a string constant does), in any case. */
    private static ArchCondition<JavaClass> mentionInTheirCode(String text) {
        return new ArchCondition<>("mention " + text + " in their code") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                var resource = javaClass.getName().replace('.', '/') + ".class";
                try (var in = ArchitectureTest.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in != null && new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                            .toLowerCase(Locale.ROOT).contains(text)) {
                        events.add(SimpleConditionEvent.satisfied(javaClass, javaClass.getName() + " mentions " + text));
                    }
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
        };
    }
}
