package nl.gezinsplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featureModulesOnlyUseEachOthersPublicFaces() {
        ApplicationModules.of(GezinsplanApplication.class).verify();
    }
}
