package nl.gezinsplan.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a plan, item by item, per section. */
public record PlanComparison(int from, int to, List<ItemChange<Goal>> goals, List<ItemChange<Agreement>> agreements,
                             List<ItemChange<Involved>> involved) {

    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /**
     * One item in both versions or in one of them; {@code changedFields} names the record components that differ
     * (as in {@link Goal#targetDate()}: "targetDate").
     */
    public record ItemChange<T extends PlanItem>(ChangeKind kind, T before, T after, List<String> changedFields) {

        /** The item as it is in the later version, or as it was when it was removed. */
        public T item() {
            return after != null ? after : before;
        }
    }

    static PlanComparison of(PlanVersion from, PlanVersion to) {
        return new PlanComparison(from.number(), to.number(), compare(from.goals(), to.goals()),
                compare(from.agreements(), to.agreements()), compare(from.involved(), to.involved()));
    }

    /** The items in the later version's order, followed by the ones it no longer has. */
    private static <T extends PlanItem> List<ItemChange<T>> compare(List<T> before, List<T> after) {
        Map<UUID, T> earlier = before.stream().collect(Collectors.toMap(PlanItem::itemKey, Function.identity()));
        List<ItemChange<T>> changes = new ArrayList<>();
        for (T item : after) {
            T old = earlier.remove(item.itemKey());
            if (old == null) {
                changes.add(new ItemChange<>(ChangeKind.ADDED, null, item, List.of()));
            } else {
                List<String> fields = changedFields(old, item);
                changes.add(new ItemChange<>(fields.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, old, item,
                        fields));
            }
        }
        before.stream().filter(item -> earlier.containsKey(item.itemKey()))
                .forEach(item -> changes.add(new ItemChange<>(ChangeKind.REMOVED, item, null, List.of())));
        return changes;
    }

    /** Every item is a record, so its fields are its components: one rule serves goals, agreements and involved. */
    private static List<String> changedFields(PlanItem before, PlanItem after) {
        return Arrays.stream(before.getClass().getRecordComponents())
                .filter(component -> !Objects.equals(valueOf(component, before), valueOf(component, after)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object valueOf(RecordComponent component, PlanItem item) {
        try {
            return component.getAccessor().invoke(item);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
