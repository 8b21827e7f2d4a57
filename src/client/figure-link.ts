/**
 * A link to one figure of a case study's results (`#views`) opens its list of every figure with
 * its source, where sources disagree: the reader followed it to check that figure, and the
 * browser opens a closed <details> only for a target inside it, not for the row around it. No
 * imports: Astro inlines a module this small, so a case study still fetches no script.
 */
const openFigure = () => {
  const row = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  // The first <details> of a disagreeing row is its sources; "Cite this figure" comes after.
  if (row?.matches('tr[data-agree="false"]')) row.querySelector('details')!.open = true;
};
openFigure();
addEventListener('hashchange', openFigure);
