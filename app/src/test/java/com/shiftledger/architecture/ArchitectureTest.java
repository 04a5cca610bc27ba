package com.shiftledger.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.command.EntityId;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of architecture.md, held on the compiled classes of every module. */
@AnalyzeClasses(packages = "com.shiftledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharedApiIsFreeOfSpringAndJpa = noClasses()
            .that().resideInAPackage("com.shiftledger.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .because("messages and value types are plain Java, shared by every side");

    @ArchTest
    static final ArchRule sharedApiDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("com.shiftledger.api..")
            .should().dependOnClassesThat().resideInAnyPackage("com.shiftledger.command..", "com.shiftledger.query..",
                    "com.shiftledger.saga..", "com.shiftledger.app..")
            .because("every module depends on shared-api, never the other way round");

    @ArchTest
    static final ArchRule commandSideNeverUsesTheQuerySide = noClasses()
            .that().resideInAPackage("com.shiftledger.command..")
            .should().dependOnClassesThat().resideInAPackage("com.shiftledger.query..")
            .because("the two sides meet only through the events of shared-api");

    @ArchTest
    static final ArchRule querySideNeverUsesTheCommandSide = noClasses()
            .that().resideInAPackage("com.shiftledger.query..")
            .should().dependOnClassesThat().resideInAPackage("com.shiftledger.command..")
            .because("the two sides meet only through the events of shared-api");

    @ArchTest
    static final ArchRule sagasUseNeitherSide = noClasses()
            .that().resideInAPackage("com.shiftledger.saga..")
            .should().dependOnClassesThat().resideInAnyPackage("com.shiftledger.command..", "com.shiftledger.query..")
            .because("sagas react to events and send commands, both of shared-api");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic()
            .because("an aggregate is reached through commands, never called directly");

    @ArchTest
    static final ArchRule aggregateMembersAreNotPublic = classes()
            .that().resideInAPackage("com.shiftledger.command..")
            .and().containAnyFieldsThat(annotatedWith(EntityId.class))
            .should().notBePublic()
            .because("an aggregate's members live inside its consistency boundary, reached only through it");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().notBePublic()
            .because("a controller is reached over HTTP, never called from other code");

    @ArchTest
    static final ArchRule projectionsAndProcessesAreNotPublic = classes()
            .that().areAnnotatedWith(ProcessingGroup.class)
            .should().notBePublic()
            .because("a projection or a process is reached through events and queries, never called directly");

}
