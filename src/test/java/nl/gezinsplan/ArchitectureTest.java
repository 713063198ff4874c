package nl.gezinsplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.springframework.context.event.EventListener;

@AnalyzeClasses(packages = "nl.gezinsplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheWorkflowModuleTouchesTheEngine = noClasses()
            .that().resideOutsideOfPackage("nl.gezinsplan.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..");

    /** These make Vaadin run an npm build, which the project avoids (README, "Styling"). */
    @ArchTest
    static final ArchRule nothingAsksForAFrontendBuild = noClasses()
            .should().beAnnotatedWith(CssImport.class)
            .orShould().beAnnotatedWith(JsModule.class)
            .orShould().beAnnotatedWith(NpmPackage.class);

    /** One way to wire a panel: its services come in through its constructor (workspace.ui.FamilyPanels). */
    @ArchTest
    static final ArchRule panelsDoNotLookUpTheirServices = noClasses()
            .that().haveSimpleNameEndingWith("Panel")
            .should().callMethod(Instantiator.class, "getOrCreate", Class.class);

    /** One way to react to another module's event: after its commit (base.AfterCommit), never inside it. */
    @ArchTest
    static final ArchRule ourEventsAreHandledAfterCommit = methods()
            .that().areAnnotatedWith(EventListener.class)
            .should(new ArchCondition<>("not take one of our own events") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (JavaClass parameter : method.getRawParameterTypes()) {
                        if (parameter.getPackageName().startsWith("nl.gezinsplan")) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " handles " + parameter.getSimpleName() + " inside the publisher's transaction"));
                        }
                    }
                }
            });
}
