/**
 * The curated catalog of generative AI models as Java constants: every model of the survey "ChatGPT
 * is not all you need" (arXiv 2301.04655), the models and techniques it builds on, and the notable
 * 2023 follow-ups, each fact with its source and each survey error beside the truth.
 *
 * <ul>
 *   <li>Entry point: {@link io.github.genaitaxonomy.data.Edition}, the validated catalogs to use:
 *       the 2022 survey, the 2023 supplement, and both together.
 *   <li>Holders of constants: {@link io.github.genaitaxonomy.data.Organizations}, {@link
 *       io.github.genaitaxonomy.data.Techniques}, {@link
 *       io.github.genaitaxonomy.data.SurveyModels}, {@link
 *       io.github.genaitaxonomy.data.BaseModels}, {@link io.github.genaitaxonomy.data.Models2023}
 *       and, for errors that concern the survey as a whole, {@link
 *       io.github.genaitaxonomy.data.SurveyErrata}. Each holder registers its constants in
 *       declaration order.
 *   <li>Index: {@link io.github.genaitaxonomy.data.Registry}, every constant of the holders, the
 *       editions built from them, and lookups by id.
 *   <li>Bibliography: {@link io.github.genaitaxonomy.data.SeedArticle}, the article behind each
 *       {@code seed:} source.
 * </ul>
 *
 * <p>Invented catalogs for load tests live in the {@code taxonomy-testing} module, not here: this
 * artifact holds facts only.
 */
@NullMarked
package io.github.genaitaxonomy.data;

import org.jspecify.annotations.NullMarked;
