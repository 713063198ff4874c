package nl.gezinsplan.demo;

import java.util.Locale;

/** How much demo data to load: a small set for trying things out, or a city of about 80,000 inhabitants. */
enum DemoScale {
    SMALL(300),
    CITY(6_000);

    private final int families;

    DemoScale(int families) {
        this.families = families;
    }

    int families() {
        return families;
    }

    /** Reads {@code gezinsplan.demo.scale} as typed: {@code small} or {@code city}. */
    static DemoScale of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
