package nl.gezinsplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

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
}
