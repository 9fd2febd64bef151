package io.ec2emulator.api.codec;

import io.ec2emulator.core.Ec2Error;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Decodes EC2 Query parameters into the AWS SDK's typed request object, driven only by the model
 * metadata ({@link SdkPojo#sdkFields()}): request keys are {@link SdkField#locationName()}, nested
 * structures add {@code .Child}, lists are always flattened as {@code .N} starting at 1.
 */
public final class RequestDecoder {

    /** Parameters of the protocol itself, never part of an action's input. */
    static final Set<String> PROTOCOL_KEYS = Set.of("Action", "Version", "AWSAccessKeyId", "Signature",
            "SignatureMethod", "SignatureVersion", "Timestamp", "Expires", "SecurityToken");

    private static final ClassValue<MethodHandle> BUILDER_FACTORY = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.publicLookup().findStatic(type, "builder",
                        MethodType.methodType(type.getMethod("builder").getReturnType()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no builder() on " + type, e);
            }
        }
    };

    private RequestDecoder() {
    }

    /**
     * Decodes {@code params} into a request of {@code type}.
     *
     * @throws Ec2Error {@code UnknownParameter} for a parameter the action does not have,
     *                  {@code InvalidParameterValue} for a value of the wrong type
     */
    public static <Q extends SdkPojo> Q decode(Class<Q> type, Map<String, String> params) {
        ParameterTree.Node root = ParameterTree.build(params, PROTOCOL_KEYS);
        SdkPojo builder = newBuilder(type);
        fill(builder, root);
        ParameterTree.rejectUnused(root);
        return type.cast(((SdkBuilder<?, ?>) builder).build());
    }

    private static SdkPojo newBuilder(Class<?> type) {
        try {
            return (SdkPojo) BUILDER_FACTORY.get(type).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private static void fill(SdkPojo builder, ParameterTree.Node node) {
        if (!node.hasChildren()) {
            return;
        }
        for (SdkField<?> field : builder.sdkFields()) {
            ParameterTree.Node child = node.child(field.locationName());
            if (child != null) {
                Object value = convert(field, child);
                if (value != null) {
                    field.set(builder, value);
                }
            }
        }
    }

    private static Object convert(SdkField<?> field, ParameterTree.Node node) {
        switch (field.marshallingType().getKnownType()) {
            case SDK_POJO: {
                if (!node.hasChildren()) {
                    return null;
                }
                SdkPojo builder = field.constructor().get();
                fill(builder, node);
                return ((SdkBuilder<?, ?>) builder).build();
            }
            case LIST:
                return convertList(field, node);
            default:
                return convertScalar(field, node);
        }
    }

    private static List<Object> convertList(SdkField<?> field, ParameterTree.Node node) {
        if (!node.hasChildren()) {
            if ("".equals(node.value)) {
                node.used = true;
                return new ArrayList<>();
            }
            return null;
        }
        SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
        List<Map.Entry<Integer, ParameterTree.Node>> indexed = new ArrayList<>();
        for (Map.Entry<String, ParameterTree.Node> entry : node.children.entrySet()) {
            int index = listIndex(entry.getKey());
            if (index > 0) {
                indexed.add(Map.entry(index, entry.getValue()));
            }
        }
        indexed.sort(Map.Entry.comparingByKey());
        List<Object> values = new ArrayList<>(indexed.size());
        for (Map.Entry<Integer, ParameterTree.Node> entry : indexed) {
            Object value = convert(member, entry.getValue());
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A list position: a positive decimal integer without leading zeros, else 0 (not an index). */
    private static int listIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || segment.charAt(0) == '0') {
            return 0;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(segment);
    }

    private static Object convertScalar(SdkField<?> field, ParameterTree.Node node) {
        String text = node.value;
        if (text == null) {
            return null;
        }
        node.used = true;
        try {
            switch (field.marshallingType().getKnownType()) {
                case STRING:
                    return text;
                case INTEGER:
                    return Integer.valueOf(text.trim());
                case LONG:
                    return Long.valueOf(text.trim());
                case SHORT:
                    return Short.valueOf(text.trim());
                case BYTE:
                    return Byte.valueOf(text.trim());
                case DOUBLE:
                    return Double.valueOf(finite(text));
                case FLOAT:
                    return Float.valueOf(finite(text));
                case BIG_DECIMAL:
                    return new BigDecimal(text.trim());
                case BOOLEAN:
                    return parseBoolean(text);
                case INSTANT:
                    return parseInstant(text);
                case SDK_BYTES:
                    return SdkBytes.fromByteArray(Base64.getMimeDecoder().decode(strictBase64(text)));
                default:
                    throw new IllegalStateException("unexpected type of " + node.path);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw Ec2Error.invalidParameterValue("Value (" + FormDecoder.printable(text) + ") for parameter "
                    + FormDecoder.printable(node.path) + " is invalid. Expected: '"
                    + expected(field) + "'.");
        }
    }

    private static String finite(String text) {
        String t = text.trim();
        if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1)) && t.charAt(t.length() - 1) != '.') {
            throw new NumberFormatException(text);
        }
        return t;
    }

    private static Boolean parseBoolean(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(text);
    }

    private static Instant parseInstant(String text) {
        String t = text.trim();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(t));
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notUtc) {
            return OffsetDateTime.parse(t).toInstant();
        }
    }

    private static String strictBase64(String text) {
        String compact = text.replaceAll("[\\r\\n ]", "");
        if (compact.length() % 4 != 0 || !compact.matches("[A-Za-z0-9+/]*={0,2}")) {
            throw new IllegalArgumentException("not base64");
        }
        return compact;
    }

    private static String expected(SdkField<?> field) {
        switch (field.marshallingType().getKnownType()) {
            case INTEGER:
            case SHORT:
            case BYTE:
                return "Integer";
            case LONG:
                return "Long";
            case DOUBLE:
            case FLOAT:
            case BIG_DECIMAL:
                return "Double";
            case BOOLEAN:
                return "Boolean";
            case INSTANT:
                return "Timestamp (ISO 8601)";
            case SDK_BYTES:
                return "Base64-encoded binary";
            default:
                return "String";
        }
    }
}
