/**
 * The docs emitter: the HTML reference, Markdown and JSON of clean catalogs, reached through
 * {@code Engine.generateDocs(List<Catalog>, DocsOptions)}.
 *
 * <h2>Files</h2>
 * <ul>
 *   <li>{@code index.html} links every catalog (no script).
 *   <li>{@code <id>.html}: one self-contained page per catalog. Inline CSS and JS only, a
 *       Content-Security-Policy that allows nothing else (the script by its hash), so it works
 *       from {@code file://} and never touches the network. Each code is a card anchored by its
 *       Java constant ({@code faas.html#ANOTHER_TASK_RUNNING}), the URL Problem Details
 *       {@code type} points to ({@link io.errcat.catalog.docs.DocsOptions#codeUrl}). Search by
 *       code, constant, message and description, and an operation filter; both are kept in the
 *       URL as {@code #q=...&op=...} ({@code ?q=} is read too). Light, dark, phone and print.
 *   <li>{@code <id>.md}: a summary table and one section per code, anchors as in the HTML.
 *   <li>{@code <id>.json}: the normalised catalog; {@code catalog.json}: {@code {"errcatJson": 1,
 *       "catalogs": [...]}} with all of them. The catalog format's field names; derived values
 *       filled in ({@code name} = the constant, effective {@code httpStatus} plus {@code
 *       httpStatusFromDefault}, {@code url}); absent values omitted; members in a fixed order.
 * </ul>
 *
 * <p>Same catalogs, same bytes: catalogs are sorted by id, entries keep file order, nothing
 * depends on locale, time zone or clock. All catalog text is escaped for where it lands (HTML
 * text and attributes, JSON inside {@code <script>}, Markdown cells); see {@code Escape}.
 */
package io.errcat.catalog.docs;
