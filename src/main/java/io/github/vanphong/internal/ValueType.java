package io.github.vanphong.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Not API: marks an abstract class as one of vanphong's value types, whose implementation Immutables generates, in
 * the one style of the library.
 *
 * <p>The compiler passes it to Immutables as its immutable annotation ({@code -Aimmutables.annotation} in the
 * build), so it stands for {@code @Value.Immutable} together with the style below. Unlike Immutables' own
 * annotations it is not {@code @Documented}: it is a build-time device, absent from the Javadoc and from the API
 * that the module exports, and applications have no use for it.
 *
 * <p>The style keeps the generated {@code Immutable*} classes package-private: the abstract type is the API, with
 * its own {@code of(...)} or {@code builder()}, and a generated builder returns the abstract type. Collections are
 * Guava immutable collections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    jdkOnly = false,
    optionalAcceptNullable = false,
    privateNoargConstructor = false)
public @interface ValueType {}
