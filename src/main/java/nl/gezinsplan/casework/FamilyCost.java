package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.base.Law;

/** What a family's open provisions cost per year, in total and per law (every law present, zero when none). */
public record FamilyCost(BigDecimal total, Map<Law, BigDecimal> perLaw) {

    public static FamilyCost of(List<ProvisionLine> lines) {
        Map<Law, BigDecimal> perLaw = new EnumMap<>(Law.class);
        for (Law law : Law.values()) {
            perLaw.put(law, BigDecimal.ZERO.setScale(2));
        }
        lines.stream().filter(ProvisionLine::open)
                .forEach(line -> perLaw.merge(line.law(), line.costPerYear(), BigDecimal::add));
        BigDecimal total = perLaw.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new FamilyCost(total, Collections.unmodifiableMap(perLaw));
    }

    public BigDecimal of(Law law) {
        return perLaw.get(law);
    }
}
