package com.shiftledger.query.dashboard;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Spring Data repository of the dashboard kept in a map, for plain unit tests of the projection: the methods the
 * projection calls ({@code findById}, {@code existsById}, {@code save}, {@code delete}, {@code findAllById},
 * {@code deleteAllInBatch} and {@code findBy<Field>}); anything else is refused.
 */
final class InMemoryRepository<T> implements InvocationHandler {

    private final Map<Object, T> rows = new LinkedHashMap<>();
    private final Function<T, Object> idOf;

    private InMemoryRepository(Function<T, Object> idOf) {
        this.idOf = idOf;
    }

    static <R, T> R of(Class<R> repository, Function<T, Object> idOf) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository},
                new InMemoryRepository<>(idOf)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Exception {
        String name = method.getName();
        return switch (name) {
            case "findById" -> Optional.ofNullable(rows.get(args[0]));
            case "existsById" -> rows.containsKey(args[0]);
            case "save" -> {
                T row = (T) args[0];
                rows.put(idOf.apply(row), row);
                yield row;
            }
            case "delete" -> {
                rows.remove(idOf.apply((T) args[0]));
                yield null;
            }
            case "findAllById" -> {
                List<T> found = new ArrayList<>();
                ((Iterable<Object>) args[0]).forEach(id -> Optional.ofNullable(rows.get(id)).ifPresent(found::add));
                yield found;
            }
            case "deleteAllInBatch" -> {
                rows.clear();
                yield null;
            }
            case "count" -> (long) rows.size();
            case "toString" -> "InMemoryRepository" + rows.keySet();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> {
                if (name.startsWith("findBy") && args != null && args.length == 1) {
                    yield findBy(name.substring("findBy".length()), args[0]);
                }
                throw new IllegalStateException("The in-memory repository has no " + name);
            }
        };
    }

    private List<T> findBy(String property, Object value) throws ReflectiveOperationException {
        List<T> found = new ArrayList<>();
        for (T row : rows.values()) {
            Field field = row.getClass().getDeclaredField(
                    property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1));
            field.setAccessible(true);
            if (field.get(row).equals(value)) {
                found.add(row);
            }
        }
        return found;
    }
}
