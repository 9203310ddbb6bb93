/**
 * The code behind the examples, not API.
 *
 * <ul>
 *   <li>Pictures: {@code TaxonomyPicture}, {@code TimelinePicture}, {@code OrganizationPicture} and
 *       {@code LineagePicture}, drawn with {@code Svg} (an escaping SVG writer), {@code Card},
 *       {@code Heading} and {@code Legend}, measured by {@code TextMetrics} and coloured by {@code
 *       Palette}.
 *   <li>Text: {@code TourText} (the console tour, laid out by {@code Columns}), {@code Exports}
 *       (CSV and Markdown), {@code Mermaid} and {@code Dot}.
 *   <li>{@code Facts}: the readings of a catalog they share.
 *   <li>{@code GeneratedDocs}: the parts of README.md and docs/ drawn from the catalog.
 * </ul>
 */
@NullMarked
package io.github.genaitaxonomy.examples.internal;

import org.jspecify.annotations.NullMarked;
