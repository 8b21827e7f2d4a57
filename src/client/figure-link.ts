/**
 * A link to one figure of a case study's results (`#views`) opens its list of every figure with
 * its source: the reader followed it to check that figure, and the browser opens a closed
 * <details> only for a target inside it, not for the row around it. No imports: Astro inlines a
 * module this small, so a case study still fetches no script.
 */
const openFigure = () => {
  const row = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (row && row.matches('tr[data-metric-kind]')) row.querySelector('details')?.setAttribute('open', '');
};
openFigure();
addEventListener('hashchange', openFigure);
