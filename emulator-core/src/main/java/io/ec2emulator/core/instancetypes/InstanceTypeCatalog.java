package io.ec2emulator.core.instancetypes;

import io.ec2emulator.core.data.DataObject;
import io.ec2emulator.core.data.JsonData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of EC2 instance types, with AWS's published values.
 *
 * <p>The data lives in the bundled resource {@code instance-types.json} next to this class: shared values in
 * {@code defaults}, per-family values in {@code families}, per-size values in {@code types}, laid over each
 * other in that order. {@link #standard()} loads it once, on first use. Instances are immutable and
 * thread-safe.
 */
public final class InstanceTypeCatalog {

    /** Name of the bundled resource, relative to this class. */
    static final String RESOURCE = "instance-types.json";

    private final List<InstanceTypeInfo> types;
    private final Map<String, InstanceTypeInfo> byName;

    InstanceTypeCatalog(List<InstanceTypeInfo> types) {
        List<InstanceTypeInfo> sorted = new ArrayList<>(types);
        sorted.sort(Comparator.comparing(InstanceTypeInfo::instanceType));
        Map<String, InstanceTypeInfo> index = new LinkedHashMap<>();
        for (InstanceTypeInfo type : sorted) {
            if (index.putIfAbsent(type.instanceType(), type) != null) {
                throw new IllegalStateException("Duplicate instance type " + type.instanceType());
            }
        }
        this.types = List.copyOf(sorted);
        this.byName = Map.copyOf(index);
    }

    /** Returns the catalog loaded from the bundled resource; loaded on first use, shared after that. */
    public static InstanceTypeCatalog standard() {
        return Holder.STANDARD;
    }

    /** Every instance type, sorted by name. The list is immutable. */
    public List<InstanceTypeInfo> all() {
        return types;
    }

    /** The instance type with this name, if the catalog knows it. */
    public Optional<InstanceTypeInfo> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    private static final class Holder {
        static final InstanceTypeCatalog STANDARD = load();

        private Holder() {
        }
    }

    private static InstanceTypeCatalog load() {
        DataObject file = new DataObject(JsonData.readResource(InstanceTypeCatalog.class, RESOURCE), RESOURCE);
        DataObject defaults = file.optionalObject("defaults");
        DataObject families = file.optionalObject("families");
        List<DataObject> typeData = file.objects("types");
        if (defaults == null || families == null || typeData.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " needs defaults, families and types");
        }
        List<InstanceTypeInfo> types = new ArrayList<>();
        for (DataObject type : typeData) {
            String name = type.string("InstanceType");
            int dot = name.indexOf('.');
            DataObject family = dot > 0 ? families.optionalObject(name.substring(0, dot)) : null;
            if (family == null) {
                throw new IllegalStateException(type.where() + ": no family entry for " + name);
            }
            String where = RESOURCE + ":" + name;
            types.add(InstanceTypeReader.read(defaults.overlaidWith(family, where).overlaidWith(type, where)));
        }
        return new InstanceTypeCatalog(types);
    }
}
