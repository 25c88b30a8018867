package org.policydesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module; modules depend on each other's APIs only, without cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PolicyDeskApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleCanvasForTheReadme() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
