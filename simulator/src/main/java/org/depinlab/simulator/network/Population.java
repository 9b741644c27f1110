package org.depinlab.simulator.network;

import java.util.List;

/** Who runs the network's nodes: operators drawn from classes, or nodes listed one by one. */
public sealed interface Population {

    /** The names of the operator classes the network's operators belong to. */
    List<String> classNames();

    /**
     * Operators drawn from classes, their sizes from each class's distribution.
     *
     * @param operators  number of operators to draw
     * @param totalNodes exact number of nodes to apportion over them by their drawn sizes; 0 = as drawn
     * @param classes    operator classes
     */
    record Drawn(int operators, int totalNodes, List<OperatorClass> classes) implements Population {

        public Drawn {
            classes = List.copyOf(classes);
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("a drawn network needs at least one operator class");
            }
            if (operators < 1) {
                throw new IllegalArgumentException("operators must be >= 1, got " + operators);
            }
            if (totalNodes < 0 || (totalNodes > 0 && totalNodes < operators)) {
                throw new IllegalArgumentException("total nodes must be 0 (as drawn) or at least one per operator");
            }
        }

        @Override
        public List<String> classNames() {
            return classes.stream().map(OperatorClass::name).toList();
        }
    }

    /** Nodes given one by one (e.g. a trace's node list), operators named by the nodes. */
    record Listed(List<NodeSpec> nodes) implements Population {

        public Listed {
            nodes = List.copyOf(nodes);
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException("a listed network needs at least one node");
            }
        }

        /** One class, {@code explicit}, for every operator. */
        @Override
        public List<String> classNames() {
            return List.of("explicit");
        }
    }
}
