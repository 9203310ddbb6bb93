/**
 * The curated catalog as Java constants, built on {@code io.github.genaitaxonomy.core}.
 *
 * <ul>
 *   <li>{@link io.github.genaitaxonomy.data.Edition}: the catalogs to use: the 2022 survey, the 2023
 *       supplement, and both together.
 *   <li>Holders of constants: {@link io.github.genaitaxonomy.data.Organizations},
 *       {@link io.github.genaitaxonomy.data.Techniques},
 *       {@link io.github.genaitaxonomy.data.SurveyModels},
 *       {@link io.github.genaitaxonomy.data.BaseModels} and
 *       {@link io.github.genaitaxonomy.data.Models2023}.
 *   <li>{@link io.github.genaitaxonomy.data.Registry}: every constant, indexed once.
 * </ul>
 */
@NullMarked
package io.github.genaitaxonomy.data;

import org.jspecify.annotations.NullMarked;
