package org.cjoip.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied at package level.
 *
 * <p>Generated {@code ImmutableX} classes stay package-private: callers use the abstract value
 * type and its nested {@code Builder}, so the generated names never appear in a public
 * signature. Collections are plain JDK ones, so no Guava type leaks into the API either.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
