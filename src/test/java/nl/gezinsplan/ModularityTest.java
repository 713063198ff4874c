package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    /** The named interface of a module's process-only operations: the steps of its cases' routes. */
    private static final String ROUTE = "route";

    private static final ApplicationModules MODULES = ApplicationModules.of(GezinsplanApplication.class);

    @Test
    void featureModulesOnlyUseEachOthersPublicFaces() {
        MODULES.verify();
    }

    /**
     * What only a case's route may do (grant a request, close it, record a verdict, ...) sits behind each owner's
     * "route" named interface; no module but {@code workflow} (and the owner itself) may use it.
     */
    @Test
    void onlyTheWorkflowModuleUsesTheRouteInterfaces() {
        assertThat(MODULES.stream().filter(module -> module.getNamedInterfaces().getByName(ROUTE).isPresent()))
                .as("modules with a route interface").isNotEmpty();

        List<String> offences = MODULES.stream()
                .filter(module -> !module.getIdentifier().toString().equals("workflow"))
                .flatMap(module -> module.getDirectDependencies(MODULES).stream())
                .filter(ModularityTest::isOnARouteInterface)
                .map(dependency -> dependency.getSourceType().getName() + " -> " + dependency.getTargetType().getName())
                .distinct()
                .toList();

        assertThat(offences).as("uses of a route interface outside workflow").isEmpty();
    }

    private static boolean isOnARouteInterface(ApplicationModuleDependency dependency) {
        ApplicationModule target = dependency.getTargetModule();
        return target.getNamedInterfaces().getByName(ROUTE)
                .filter(route -> route.contains(dependency.getTargetType()))
                .isPresent();
    }
}
