package it.esibe.core.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ConstraintValidatorContext} that {@link ModelValidator} hands to ESIBE's own
 * constraint validators, so that their check logic runs unchanged outside Hibernate Validator: it
 * records each violation's message template and the property path the validator built, in the JSON
 * notation of {@code ApplicationValidator.jsonPath}.
 *
 * <p>Only the builder calls ESIBE's validators make are supported (property nodes, one index in an
 * iterable); anything else is a defect of a new validator and fails loudly rather than produce a
 * path Hibernate Validator would not.
 */
final class RecordingContext implements ConstraintValidatorContext {

    /** A violation as a validator reported it: its template and its path below the validated bean. */
    record Reported(String template, String subPath) {
    }

    private String defaultTemplate = "";
    private boolean defaultDisabled;
    private final List<Reported> reported = new ArrayList<>(2);

    /** Starts the check of one constraint whose own message template is {@code template}. */
    RecordingContext reset(String template) {
        defaultTemplate = template;
        defaultDisabled = false;
        reported.clear();
        return this;
    }

    /**
     * What the last check reported, given whether the validator answered {@code valid}: nothing
     * when valid; the custom violations, or the default one at the bean itself, when not.
     */
    List<Reported> outcome(boolean valid) {
        if (valid) {
            return List.of();
        }
        if (!defaultDisabled) {
            reported.add(0, new Reported(defaultTemplate, ""));
        }
        return reported;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        throw unsupported();
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String template) {
        return new Builder(template);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not used by ESIBE's constraint validators");
    }

    /** Builds one violation's path, node by node. */
    private final class Builder implements ConstraintViolationBuilder {

        private final Node node;

        Builder(String template) {
            this.node = new Node(template);
        }

        @Override
        public NodeBuilderCustomizableContext addPropertyNode(String name) {
            return node.addPropertyNode(name);
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            return node.addConstraintViolation();
        }

        @Override
        public NodeBuilderDefinedContext addNode(String name) {
            throw unsupported();
        }

        @Override
        public LeafNodeBuilderCustomizableContext addBeanNode() {
            throw unsupported();
        }

        @Override
        public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name,
                Class<?> containerType, Integer typeArgumentIndex) {
            throw unsupported();
        }

        @Override
        public NodeBuilderDefinedContext addParameterNode(int index) {
            throw unsupported();
        }
    }

    /** The path of one violation under construction. */
    private final class Node implements NodeBuilderCustomizableContext, NodeContextBuilder, NodeBuilderDefinedContext {

        private final String template;
        private final StringBuilder path = new StringBuilder();
        /** Where the last property node starts, its dot included: an index goes there. */
        private int lastNode = -1;

        Node(String template) {
            this.template = template;
        }

        @Override
        public NodeBuilderCustomizableContext addPropertyNode(String name) {
            lastNode = path.length();
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(name);
            return this;
        }

        @Override
        public NodeContextBuilder inIterable() {
            return this;
        }

        @Override
        public NodeBuilderDefinedContext atIndex(Integer index) {
            // Bean Validation puts the index of a list element on the node after the list, and
            // ApplicationValidator.jsonPath prints it before that node's name.
            if (lastNode <= 0) {
                throw unsupported();
            }
            path.insert(lastNode, "[" + index + "]");
            return this;
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            reported.add(new Reported(template, path.toString()));
            return RecordingContext.this;
        }

        @Override
        public NodeBuilderCustomizableContext addNode(String name) {
            throw unsupported();
        }

        @Override
        public LeafNodeBuilderCustomizableContext addBeanNode() {
            throw unsupported();
        }

        @Override
        public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name,
                Class<?> containerType, Integer typeArgumentIndex) {
            throw unsupported();
        }

        @Override
        public NodeBuilderCustomizableContext inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
            throw unsupported();
        }

        @Override
        public NodeBuilderDefinedContext atKey(Object key) {
            throw unsupported();
        }
    }
}
