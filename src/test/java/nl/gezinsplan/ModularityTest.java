package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(GezinsplanApplication.class);

    @Test
    void featureModulesOnlyUseEachOthersPublicFaces() {
        MODULES.verify();
    }

    /**
     * What only a case's route may do (record its steps, grant a request, close it, ...) sits behind each owner's
     * "route" named interface; no module but {@code workflow} (and the owner itself) may use it.
     */
    @Test
    void onlyTheWorkflowModuleUsesTheRouteInterfaces() {
        assertThat(usesOutside("route", Set.of("workflow"))).as("uses of a route interface outside workflow").isEmpty();
    }

    /**
     * Linking a login to a person, and ending the link, follows the portal's own checks of an invitation and of the
     * consultant's access; only the portal does it, and the demo data for its family member.
     */
    @Test
    void onlyThePortalLinksLoginsToPersons() {
        assertThat(usesOutside("account-links", Set.of("portal", "demo"))).isEmpty();
    }

    /** Every dependency on a type of another module's named interface {@code name} from a module not in {@code users}. */
    private static List<String> usesOutside(String name, Set<String> users) {
        assertThat(MODULES.stream().filter(module -> module.getNamedInterfaces().getByName(name).isPresent()))
                .as("modules with a named interface " + name).isNotEmpty();
        return MODULES.stream()
                .filter(module -> !users.contains(module.getIdentifier().toString()))
                .flatMap(module -> module.getDirectDependencies(MODULES).stream())
                .filter(dependency -> isIn(name, dependency))
                .map(dependency -> dependency.getSourceType().getName() + " -> " + dependency.getTargetType().getName())
                .distinct()
                .toList();
    }

    private static boolean isIn(String name, ApplicationModuleDependency dependency) {
        return dependency.getTargetModule().getNamedInterfaces().getByName(name)
                .filter(named -> named.contains(dependency.getTargetType()))
                .isPresent();
    }
}
