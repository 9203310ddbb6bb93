package io.github.genaitaxonomy.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each value package's {@code
 * package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private; users see the hand-written abstract
 * types, their static {@code builder()} and their nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(prehash = false),
    strictBuilder = false,
    stagedBuilder = false,
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false,
    jdkOnly = false)
public @interface TaxonomyStyle {}
