package io.github.vanphong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of vanphong's value types, applied to each package in its {@code package-info.java}.
 *
 * <p>It keeps the generated {@code Immutable*} classes package-private: the abstract type is the API, with its
 * own {@code of(...)} or {@code builder()}, and a generated builder returns the abstract type. Collections are
 * Guava immutable collections. This annotation is a build-time device of the library; applications have no use
 * for it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
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
public @interface VanphongStyle {}
