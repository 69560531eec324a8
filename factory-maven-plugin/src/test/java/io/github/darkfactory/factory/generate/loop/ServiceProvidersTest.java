package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.TopLevelType;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceProvidersTest {

    private static final String CALCULATOR = "com.acme.shop.domain.pricing.PriceCalculator";
    private static final SpecSet SPECS = new SpecSet(List.of(TestSpecs.pricing(), TestSpecs.catalog()));

    private static TopLevelType type(String name, boolean instantiable, String... interfaces) {
        return new TopLevelType(name, name.replace('.', '/') + ".java", instantiable, List.of(interfaces));
    }

    @Test
    void registers_the_instantiable_implementation_of_a_contract_interface() {
        List<TopLevelType> types = List.of(
                type("com.acme.shop.domain.pricing.Simple", true, CALCULATOR, "java.lang.Runnable"),
                type("com.acme.shop.domain.pricing.Abstract", false, CALCULATOR));

        ServiceProviders services = ServiceProviders.of(types,
                Set.of("com/acme/shop/domain/pricing/Simple.java", "com/acme/shop/domain/pricing/Abstract.java"), SPECS);

        assertEquals(Map.of(CALCULATOR, "com.acme.shop.domain.pricing.Simple"), services.providers());
        assertEquals(List.of(), services.problems());
    }

    @Test
    void reports_two_providers_for_one_interface() {
        List<TopLevelType> types = List.of(type("com.acme.shop.domain.pricing.A", true, CALCULATOR),
                type("com.acme.shop.domain.pricing.B", true, CALCULATOR));

        ServiceProviders services = ServiceProviders.of(types,
                Set.of("com/acme/shop/domain/pricing/A.java", "com/acme/shop/domain/pricing/B.java"), SPECS);

        assertEquals(Map.of(), services.providers());
        assertEquals(1, services.problems().size());
        assertTrue(services.problems().get(0).message().contains(
                "would have several ServiceLoader providers: com.acme.shop.domain.pricing.A, com.acme.shop.domain.pricing.B"));
    }

    @Test
    void reports_a_provider_that_competes_with_another_specs_provider() {
        String catalog = "com.acme.shop.domain.catalog.Catalog";
        List<TopLevelType> types = List.of(type("com.acme.shop.domain.pricing.CachingCatalog", true, catalog),
                type("com.acme.shop.domain.catalog.MapCatalog", true, catalog));

        ServiceProviders services = ServiceProviders.of(types, Set.of("com/acme/shop/domain/pricing/CachingCatalog.java"), SPECS);

        assertTrue(services.problems().get(0).message().endsWith("and, in another spec, com.acme.shop.domain.catalog.MapCatalog"),
                services.problems().toString());
    }
}
