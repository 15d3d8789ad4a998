// The report page for designers: for every story and mode, baseline, new and diff side by side,
// failures first, then the report-only screenshots of the other engines. Images are linked relatively,
// so the folder can be opened as a file or published as a CI artefact.

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

const STATUS = {
  differ: 'differs from the baseline',
  missing: 'no baseline yet',
  error: 'no screenshot',
  passed: 'matches the baseline',
  updated: 'accepted as the new baseline',
  shot: 'screenshot only',
};
const ORDER = ['error', 'missing', 'differ', 'updated', 'passed', 'shot'];

const figure = (caption, src) =>
  `<figure><figcaption>${caption}</figcaption>${
    src ? `<a href="${escape(src)}"><img src="${escape(src)}" alt="${caption}" loading="lazy"></a>` : '<div class="none">none</div>'
  }</figure>`;

function comparedRow(result) {
  const detail =
    result.status === 'differ' ? ` (${result.differing.toLocaleString('en')} pixels)` : result.error ? `: ${escape(result.error)}` : '';
  return `<section class="${result.status}" id="${escape(`${result.engine}-${result.story.id}-${result.mode}`)}">
  <h3>${escape(result.story.title)} / ${escape(result.story.name)} <span class="mode">${result.mode}</span></h3>
  <p class="status">${STATUS[result.status]}${detail}</p>
  <div class="images">${figure('baseline', result.images.baseline)}${figure('new', result.images.actual)}${figure('diff', result.images.diff)}</div>
</section>`;
}

function shotsRow(engine, story, results) {
  return `<section class="${results.some((result) => result.status === 'error') ? 'error' : 'shot'}">
  <h3>${escape(story.title)} / ${escape(story.name)}</h3>
  <div class="images">${results
    .map((result) => (result.error ? `<figure><figcaption>${result.mode}</figcaption><div class="none">${escape(result.error)}</div></figure>` : figure(result.mode, result.images.actual)))
    .join('')}</div>
</section>`;
}

/**
 * The report's HTML.
 * @param {{ engines: { name: string, compared: boolean }[], results: any[], summary: string, started: Date }} run
 *   `results`: one per engine, story and mode, with `status` (a key of STATUS), `images` (paths relative
 *   to the report), and `differing` or `error` where they apply.
 */
export function reportHtml({ engines, results, summary, started }) {
  const sections = engines.map(({ name: engine, compared }) => {
    const ofEngine = results.filter((result) => result.engine === engine);
    let body;
    if (compared) {
      body = [...ofEngine].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)).map(comparedRow).join('\n');
    } else {
      const stories = [...new Map(ofEngine.map((result) => [result.story.id, result.story])).values()];
      const rows = stories.map((story) => ({ story, results: ofEngine.filter((result) => result.story.id === story.id) }));
      rows.sort((a, b) => Number(b.results.some((r) => r.error)) - Number(a.results.some((r) => r.error)));
      body = rows.map((row) => shotsRow(engine, row.story, row.results)).join('\n');
    }
    const note = compared ? 'compared pixel by pixel with tests/visual/baselines/' : 'screenshots only: its fonts differ, so nothing is compared';
    return `<h2>${engine} <small>${note}</small></h2>\n${body}`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visual report: policy-widgets stories</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; background: #fafafa; }
  h2 { margin-top: 2em; border-bottom: 2px solid #ccc; } h2 small { font-weight: normal; color: #555; }
  section { margin: 1em 0; padding: 0.5em 1em; background: #fff; border-left: 6px solid #2e7d32; }
  section.differ, section.missing, section.error { border-color: #c62828; } section.updated { border-color: #1565c0; }
  section.shot { border-color: #888; }
  h3 { margin: 0.3em 0; font-size: 1em; } .mode { font-weight: normal; padding: 0 0.4em; background: #eee; border-radius: 3px; }
  .status { margin: 0 0 0.5em; color: #444; }
  .images { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 1em; align-items: start; }
  figure { margin: 0; } figcaption { font-weight: 600; }
  img { display: block; max-width: 100%; height: auto; border: 1px solid #ccc; }
  .none { padding: 2em 1em; color: #666; border: 1px dashed #bbb; }
</style>
</head>
<body>
<h1>Visual report: policy-widgets stories</h1>
<p>${escape(summary)}. Run ${escape(started.toISOString())}. Accept the new Chromium images with <code>npm run test:visual -- --update</code>.</p>
${sections.join('\n')}
</body>
</html>
`;
}
