package io.ec2emulator.api.codec;

import io.ec2emulator.core.Ec2Error;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one request as a tree split on dots ({@code Filter.1.Value.2}), so the model
 * can be walked against it. Every node the decoder reads is marked used; any value left unread is a
 * parameter the action does not have.
 */
final class ParameterTree {

    /** Deeper keys than this cannot belong to any EC2 action. */
    static final int MAX_DEPTH = 16;

    static final class Node {
        final String path;
        String value;
        boolean used;
        Map<String, Node> children;

        Node(String path) {
            this.path = path;
        }

        Node child(String name) {
            return children == null ? null : children.get(name);
        }

        boolean hasChildren() {
            return children != null && !children.isEmpty();
        }
    }

    private ParameterTree() {
    }

    /** Builds the tree of every parameter except the protocol ones named in {@code protocolKeys}. */
    static Node build(Map<String, String> params, Set<String> protocolKeys) {
        Node root = new Node("");
        for (Map.Entry<String, String> param : params.entrySet()) {
            String key = param.getKey();
            if (protocolKeys.contains(key) || key.startsWith("X-Amz-")) {
                continue;
            }
            Node node = root;
            int start = 0;
            int depth = 0;
            while (true) {
                int dot = key.indexOf('.', start);
                int end = dot < 0 ? key.length() : dot;
                if (end == start || ++depth > MAX_DEPTH) {
                    throw unknown(key);
                }
                String segment = key.substring(start, end);
                if (node.children == null) {
                    node.children = new LinkedHashMap<>();
                }
                Node parent = node;
                node = parent.children.computeIfAbsent(segment,
                        s -> new Node(parent.path.isEmpty() ? s : parent.path + "." + s));
                if (dot < 0) {
                    break;
                }
                start = dot + 1;
            }
            node.value = param.getValue();
        }
        return root;
    }

    /** Throws {@code UnknownParameter} for the first value no field of the action read. */
    static void rejectUnused(Node node) {
        if (node.value != null && !node.used) {
            throw unknown(node.path);
        }
        if (node.children != null) {
            for (Node child : node.children.values()) {
                rejectUnused(child);
            }
        }
    }

    static Ec2Error unknown(String path) {
        return Ec2Error.client("UnknownParameter",
                "The parameter " + FormDecoder.printable(path) + " is not recognized");
    }
}
